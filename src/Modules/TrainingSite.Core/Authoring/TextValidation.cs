using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The check every editor's text gets (<c>Input.Title[fi]</c>, <c>Input.Text[sv]</c> ...): a title in one language at
/// least (in Finnish where the item needs one), and the lengths. Create pages, which have no item yet, call it directly.
/// </summary>
public static class TextValidation
{
    public static void Validate(
        ModelStateDictionary modelState,
        IStringLocalizer<AuthoringStrings> strings,
        IReadOnlyDictionary<string, string?> title,
        IReadOnlyDictionary<string, string?> text,
        (int Title, int Text) maxLength,
        bool finnishTitleRequired = false)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(strings);
        var hasTitle = finnishTitleRequired
            ? !string.IsNullOrWhiteSpace(title.GetValueOrDefault(SiteCultures.Default))
            : title.Any(t => SiteCultures.IsSupported(t.Key) && !string.IsNullOrWhiteSpace(t.Value));
        if (!hasTitle)
        {
            modelState.AddModelError($"Input.Title[{SiteCultures.Default}]", strings[finnishTitleRequired ? "Editor.FinnishTitleRequired" : "Editor.TitleRequired"]);
        }

        foreach (var (culture, _) in title.Where(t => t.Value?.Length > maxLength.Title))
        {
            modelState.AddModelError($"Input.Title[{culture}]", strings["Editor.TooLong", maxLength.Title]);
        }

        foreach (var (culture, _) in text.Where(t => t.Value?.Length > maxLength.Text))
        {
            modelState.AddModelError($"Input.Text[{culture}]", strings["Editor.TooLong", maxLength.Text]);
        }
    }
}
