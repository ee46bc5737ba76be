using System.Collections.ObjectModel;

namespace TrainingSite.Abstractions.Localization;

/// <summary>
/// Human-readable text in several cultures (<c>{ "fi": "Asuminen", "en": "Housing" }</c>), as in the recipe
/// contract. Resolving falls back from the wanted culture to Finnish, Swedish, English, then any.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(LocalizedTextJsonConverter))]
public sealed class LocalizedText : ReadOnlyDictionary<string, string>
{
    public LocalizedText(IDictionary<string, string> values)
        : base(new Dictionary<string, string>(values, StringComparer.Ordinal))
    {
    }

    public static new LocalizedText Empty { get; } = new(new Dictionary<string, string>());

    public LocalizedTextValue Resolve(string culture)
    {
        if (TryGetValue(culture, out var exact) && !string.IsNullOrWhiteSpace(exact))
        {
            return new LocalizedTextValue(exact, culture, IsFallback: false);
        }

        foreach (var candidate in SiteCultures.All.Concat(Keys))
        {
            if (TryGetValue(candidate, out var text) && !string.IsNullOrWhiteSpace(text))
            {
                return new LocalizedTextValue(text, candidate, IsFallback: true);
            }
        }

        return new LocalizedTextValue(string.Empty, culture, IsFallback: true);
    }

    /// <summary>The text in the current UI culture, or the best fallback.</summary>
    public override string ToString() => Resolve(SiteCultures.Current).Text;
}
