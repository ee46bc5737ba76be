using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Querying;

/// <summary>
/// Compounds the texts write differently from the query, found in the index's own vocabulary: a word typed
/// as one that the texts write as two ("daycare" → "day care") and two typed words the texts write as one
/// ("info finland" → "infofinland"). Voikko does this for Finnish from its dictionary; this works in any
/// language, for words the guidance actually uses.
/// </summary>
public static class VocabularyCompounds
{
    public const int MinPartLength = 3;
    private const int MaxSplits = 2;

    /// <summary>The halves of every split of a word into two parts of at least <see cref="MinPartLength"/> letters.</summary>
    public static IEnumerable<string> SplitHalves(string folded)
    {
        for (var at = MinPartLength; at <= folded.Length - MinPartLength; at++)
        {
            yield return folded[..at];
            yield return folded[at..];
        }
    }

    /// <summary>The splits of a word whose halves both occur in the texts, the most common first.</summary>
    public static IEnumerable<(string First, string Second)> KnownSplits(string folded, VocabularyAnswers vocabulary) =>
        Enumerable.Range(MinPartLength, Math.Max(0, folded.Length - (2 * MinPartLength) + 1))
            .Select(at => (First: folded[..at], Second: folded[at..]))
            .Where(split => vocabulary.KnownWords.ContainsKey(split.First) && vocabulary.KnownWords.ContainsKey(split.Second))
            .OrderByDescending(split => Math.Min(vocabulary.KnownWords[split.First].Documents, vocabulary.KnownWords[split.Second].Documents))
            .Take(MaxSplits);

    public static string Join(string first, string second) => TextFolding.Fold(first) + TextFolding.Fold(second);
}
