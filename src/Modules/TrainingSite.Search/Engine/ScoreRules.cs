namespace TrainingSite.Search.Engine;

/// <summary>
/// How a translation's score is made, in one place: per query word the best way it matches, worth the way's
/// weight × the term's <see cref="Rarity"/> (× <see cref="TitleFactor"/> in the title); summed over the words;
/// scaled by the <see cref="Coverage"/> of the words; and an article scores its best translation, one in the
/// searcher's language preferred by <see cref="PreferredLanguageFactor"/>. The figures were measured on the
/// judged queries (tests/search-quality, 155 queries): recall@10 0.987, MRR 0.918.
/// </summary>
public static class ScoreRules
{
    /// <summary>
    /// A word in the title says the article is about it; in the body it may be a passing mention. Without the
    /// factor (1.0) MRR falls to 0.688: long articles that mention everything come first; 2 gives 0.918, 4 to 6
    /// give 0.944, and at 10 other articles with the word in their title pass the answer. 2 is the cautious end
    /// of the range that works.
    /// </summary>
    public const float TitleFactor = 2f;

    /// <summary>How much a translation in the searcher's language is preferred over an equally good one in another.</summary>
    public const float PreferredLanguageFactor = 1.15f;

    /// <summary>The share of the score a translation keeps however few of the words it matches (see <see cref="Coverage"/>).</summary>
    public const float CoverageFloor = 0.25f;

    /// <summary>Robertson and Spärck Jones's 0.5 in the inverse document frequency: keeps the ratio finite for a term in no or every document.</summary>
    private const double IdfSmoothing = 0.5;

    /// <summary>
    /// The share of its score a translation keeps for matching only some of the words: the floor however few,
    /// and the rest with the square of the share matched: 1.0 with every word, 0.67 with three of four, 0.58 with
    /// two of three, 0.44 with half (a translation with fewer than half is not found). So an article with all the
    /// words a person typed comes before one with some of them, while one holding the rarer words may still be
    /// the answer.
    /// </summary>
    public static float Coverage(int matched, int words)
    {
        var share = (float)matched / words;
        return CoverageFloor + ((1 - CoverageFloor) * share * share);
    }

    /// <summary>
    /// BM25's inverse document frequency: rare terms say more about a text than common ones. Lucene's form, with
    /// 1 added inside the logarithm, so a term in more than half the documents still scores above zero (and counts
    /// towards coverage). 0 for a term no document has.
    /// </summary>
    public static float Rarity(int documentFrequency, int total) =>
        documentFrequency == 0 ? 0 : (float)Math.Log(1 + ((Math.Max(total, documentFrequency) - documentFrequency + IdfSmoothing) / (documentFrequency + IdfSmoothing)));
}
