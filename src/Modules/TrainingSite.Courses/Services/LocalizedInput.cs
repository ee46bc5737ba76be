using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

/// <summary>An editor form's text per language (<c>Input.Title[fi]</c>, <c>Input.Text[sv]</c> ...).</summary>
public sealed class LocalizedInput
{
    public Dictionary<string, string?> Title { get; set; } = [];

    public Dictionary<string, string?> Text { get; set; } = [];

    public int Minutes { get; set; } = 5;

    public static LocalizedInput From(LocalizedText title, LocalizedText text, int minutes = 5) => new()
    {
        Title = SiteCultures.All.ToDictionary(c => c, c => title.GetValueOrDefault(c)),
        Text = SiteCultures.All.ToDictionary(c => c, c => text.GetValueOrDefault(c)),
        Minutes = minutes,
    };

    /// <summary>The languages that have text, trimmed; unknown languages are dropped.</summary>
    public static LocalizedText ToText(Dictionary<string, string?> values) =>
        new(values.Where(v => SiteCultures.IsSupported(v.Key) && !string.IsNullOrWhiteSpace(v.Value))
            .ToDictionary(v => v.Key, v => v.Value!.Trim().Replace("\r\n", "\n", StringComparison.Ordinal)));
}
