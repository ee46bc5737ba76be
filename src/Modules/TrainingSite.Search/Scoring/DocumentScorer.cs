using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// Scores candidate documents for a plan: per query word the best alternative (its weight × the term's
/// rarity, doubled in the title), summed, then scaled by the share of the query's words matched.
/// Documents matching fewer words than the plan requires are dropped. Pure and deterministic, so the
/// SQLite and PostgreSQL indexes give the same results.
/// </summary>
public static class DocumentScorer
{
    public const double TitleFactor = 2.0;

    public static IReadOnlyList<ScoredDocument> Score(QueryPlan plan, IReadOnlyCollection<CandidateDocument> candidates, int totalDocuments)
    {
        var documentFrequency = DocumentFrequencies(candidates);
        var scored = new List<ScoredDocument>();
        foreach (var candidate in candidates)
        {
            var score = 0.0;
            var matched = 0;
            foreach (var group in plan.Groups)
            {
                var best = 0.0;
                foreach (var alternative in group.Alternatives)
                {
                    best = Math.Max(best, AlternativeScore(alternative, candidate, documentFrequency, totalDocuments));
                }

                if (best > 0)
                {
                    score += best;
                    matched++;
                }
            }

            if (matched >= plan.RequiredGroups && matched > 0)
            {
                var coverage = (double)matched / plan.Groups.Count;
                scored.Add(new ScoredDocument(candidate, score * (0.25 + (0.75 * coverage * coverage)), matched));
            }
        }

        return scored;
    }

    private static double AlternativeScore(QueryAlternative alternative, CandidateDocument candidate, Dictionary<string, int> frequency, int total)
    {
        var sum = 0.0;
        foreach (var anyOf in alternative.AllOf)
        {
            var best = 0.0;
            foreach (var term in anyOf)
            {
                if (candidate.Terms.Contains(term))
                {
                    var title = candidate.Terms.Contains(IndexTerms.Title(term)) ? TitleFactor : 1.0;
                    best = Math.Max(best, Rarity(frequency.GetValueOrDefault(term, 1), total) * title);
                }
            }

            if (best == 0)
            {
                return 0;
            }

            sum += best;
        }

        return alternative.Weight * sum / alternative.AllOf.Count;
    }

    /// <summary>BM25's inverse document frequency: rare terms say more about a text than common ones.</summary>
    private static double Rarity(int documentFrequency, int total) =>
        Math.Log(1 + ((Math.Max(total, documentFrequency) - documentFrequency + 0.5) / (documentFrequency + 0.5)));

    private static Dictionary<string, int> DocumentFrequencies(IEnumerable<CandidateDocument> candidates)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            foreach (var term in candidate.Terms)
            {
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
            }
        }

        return frequency;
    }
}
