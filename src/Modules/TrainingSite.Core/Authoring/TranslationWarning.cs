using TrainingSite.Abstractions.Content;
using TrainingSite.Core.Content;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// The page shown instead of publishing when a translation is missing or older than the Finnish text
/// (Pages/Shared/_TranslationWarning.cshtml): what is behind, "Publish anyway" and the way back to the editor.
/// </summary>
public sealed record TranslationWarning(string ItemTitle, IReadOnlyList<TranslationWarningItem> Items, string EditorUrl)
{
    /// <summary>How many translations are missing or older, over every item.</summary>
    public int Count => Items.Sum(i => i.Gaps.Count);

    /// <summary>The drafts among <paramref name="drafts"/> (by title; null where there is none) with a translation behind.</summary>
    public static IReadOnlyList<TranslationWarningItem> Behind(IEnumerable<(string Title, ContentVersion? Draft)> drafts) =>
        [.. drafts
            .Where(d => d.Draft is not null)
            .Select(d => new TranslationWarningItem(d.Title, TranslationGaps.Of(d.Draft!)))
            .Where(i => !i.Gaps.IsEmpty)];
}

/// <summary>One draft about to be published, by its title, with the translations it has behind.</summary>
public sealed record TranslationWarningItem(string Title, TranslationGaps Gaps);
