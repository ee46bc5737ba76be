using Lucene.Net.Search.Similarities;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Lets Lucene compute the project's score (<see cref="PlanQuery"/>) and nothing else: every term's
/// contribution is set by the query as a constant (its weight × rarity, title factor), so the query norm is 1;
/// and the coordination factor is the coverage of the query's words, the share of a document's score it
/// keeps for matching only some of them.
/// </summary>
public sealed class ScoringSimilarity : DefaultSimilarity
{
    /// <summary>
    /// The share of the score a document keeps however few of the query's words it matches (a document matching
    /// fewer than half the words is not found at all). The rest grows with the square of the share of words
    /// matched: 1.0 with every word, 0.67 with three of four, 0.58 with two of three, 0.44 with half, so an
    /// article with all the words a person typed comes before one with some of them, while an article holding
    /// the rarer words may still be the answer. Measured on the judged queries (tests/search-quality).
    /// </summary>
    public const float CoverageFloor = 0.25f;

    public static ScoringSimilarity Instance { get; } = new();

    public override float Coord(int overlap, int maxOverlap)
    {
        if (maxOverlap <= 0)
        {
            return 1;
        }

        var coverage = (float)overlap / maxOverlap;
        return CoverageFloor + ((1 - CoverageFloor) * coverage * coverage);
    }

    public override float QueryNorm(float sumOfSquaredWeights) => 1;
}
