using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The check every editor's text gets (<c>Input.Title[fi]</c>, <c>Input.Text[sv]</c> ...): a title in one language at
/// least (in Finnish where the item needs one), the lengths, and that every <c>servicepoint:</c> link names a service
/// point the site has, as a recipe's check does (a wrong id would otherwise publish a link to a missing page).
/// Create pages, which have no item yet, call it directly.
/// </summary>
public static class TextValidation
{
    public static async Task ValidateAsync(
        ModelStateDictionary modelState,
        IServiceProvider services,
        IReadOnlyDictionary<string, string?> title,
        IReadOnlyDictionary<string, string?> text,
        (int Title, int Text) maxLength,
        bool finnishTitleRequired,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(services);
        var strings = services.GetRequiredService<IStringLocalizer<AuthoringStrings>>();
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

        await ValidateServicePointLinksAsync(modelState, services, strings, text, cancellationToken);
    }

    private static async Task ValidateServicePointLinksAsync(
        ModelStateDictionary modelState,
        IServiceProvider services,
        IStringLocalizer<AuthoringStrings> strings,
        IReadOnlyDictionary<string, string?> text,
        CancellationToken cancellationToken)
    {
        // The directory module answers for its points; without it no id can be checked, and none is refused.
        var points = services.GetServices<IRecipeReferenceSource>().FirstOrDefault(s => s.Kind == ServicePointLinks.ReferenceKind);
        if (points is null)
        {
            return;
        }

        // Each id is asked once, however many languages link it: the translations usually link the same points.
        var links = text.Where(t => SiteCultures.IsSupported(t.Key) && !string.IsNullOrEmpty(t.Value))
            .SelectMany(t => MarkdownLinkTargets.ServicePointIds(t.Value!).Select(id => (Culture: t.Key, Id: id)))
            .ToList();
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in links.Select(l => l.Id).Distinct(StringComparer.Ordinal))
        {
            if (!await points.ExistsAsync(id, cancellationToken))
            {
                unknown.Add(id);
            }
        }

        foreach (var (culture, id) in links.Where(l => unknown.Contains(l.Id)))
        {
            modelState.AddModelError($"Input.Text[{culture}]", strings["Editor.UnknownServicePoint", id]);
        }
    }
}
