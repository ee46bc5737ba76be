using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Core.Content;

/// <summary>
/// What publishing a version would put live with its translations behind: the translations it lacks and those last
/// changed before its Finnish text. Finnish is the source language; Swedish and English are its translations. Derived
/// from <see cref="TranslationStates"/>, as the editor's language tabs are, so the warning and the tabs never disagree.
/// </summary>
public sealed record TranslationGaps(IReadOnlyList<string> Missing, IReadOnlyList<OlderTranslation> Older, DateTimeOffset? FinnishChangedAt)
{
    /// <summary>How many translations are missing or older.</summary>
    public int Count => Missing.Count + Older.Count;

    public bool IsEmpty => Count == 0;

    public static TranslationGaps Of(ContentVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var states = TranslationStates.Of(version, version.MainText);
        var translations = SiteCultures.All.Where(c => c != SiteCultures.Default).ToList();
        var missing = translations.Where(c => states[c] == TranslationState.Missing).ToList();
        var older = translations.Where(c => states[c] == TranslationState.OlderThanFinnish)
            .Select(c => new OlderTranslation(c, version.TextUpdatedAt[c]))
            .ToList();
        DateTimeOffset? finnish = version.TextUpdatedAt.TryGetValue(SiteCultures.Default, out var at) ? at : null;
        return new TranslationGaps(missing, older, finnish);
    }
}
