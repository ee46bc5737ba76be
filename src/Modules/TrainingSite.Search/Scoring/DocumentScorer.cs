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
        var index = plan.Index;
        var rarity = Rarities(index, candidates, totalDocuments);
        var groups = plan.Groups
            .Select(g => g.Alternatives.Select(a => (a.Weight, AllOf: a.AllOf.Select(any => any.Select(index.NumberOf).ToArray()).ToArray())).ToArray())
            .ToArray();
        var scored = new List<ScoredDocument>();
        foreach (var candidate in candidates)
        {
            var score = 0.0;
            var matched = 0;
            foreach (var alternatives in groups)
            {
                var best = 0.0;
                foreach (var (weight, allOf) in alternatives)
                {
                    best = Math.Max(best, AlternativeScore(weight, allOf, candidate, rarity));
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

    private static double AlternativeScore(double weight, int[][] allOf, CandidateDocument candidate, double[] rarity)
    {
        var sum = 0.0;
        foreach (var anyOf in allOf)
        {
            var best = 0.0;
            foreach (var number in anyOf)
            {
                if (candidate.Has(number))
                {
                    var title = candidate.Has(TermIndex.TitleOf(number)) ? TitleFactor : 1.0;
                    best = Math.Max(best, rarity[number] * title);
                }
            }

            if (best == 0)
            {
                return 0;
            }

            sum += best;
        }

        return weight * sum / allOf.Length;
    }

    /// <summary>BM25's inverse document frequency per term: rare terms say more about a text than common ones.</summary>
    private static double[] Rarities(TermIndex index, IEnumerable<CandidateDocument> candidates, int total)
    {
        var frequency = new int[index.Count];
        foreach (var candidate in candidates)
        {
            for (var number = 0; number < index.Count; number++)
            {
                if (candidate.Has(number))
                {
                    frequency[number]++;
                }
            }
        }

        return [.. frequency.Select(df => Math.Log(1 + ((Math.Max(total, df) - df + 0.5) / (df + 0.5))))];
    }
}
