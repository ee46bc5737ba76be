using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Content;

public static class TranslationStates
{
    public static IReadOnlyDictionary<string, TranslationState> Of(ContentVersion? version, LocalizedText mainText)
    {
        var states = new Dictionary<string, TranslationState>();
        foreach (var culture in SiteCultures.All)
        {
            if (version is null || !mainText.ContainsKey(culture))
            {
                states[culture] = TranslationState.Missing;
            }
            else if (culture != SiteCultures.Default
                && version.TextUpdatedAt.TryGetValue(SiteCultures.Default, out var finnish)
                && version.TextUpdatedAt.TryGetValue(culture, out var translated)
                && translated < finnish)
            {
                states[culture] = TranslationState.OlderThanFinnish;
            }
            else
            {
                states[culture] = TranslationState.Current;
            }
        }

        return states;
    }
}
