using System.Globalization;
using System.Text;

namespace TrainingSite.Search.Evaluation;

/// <summary>
/// Recall@10 and MRR of a search over a judged query set, overall and per kind of query. Recall@10 is the
/// share of a query's relevant articles found in its first ten results, averaged over the queries; MRR is
/// the mean of 1 / rank of the first relevant result (0 when none is in the first ten).
/// </summary>
public sealed class SearchQuality
{
    public const int Depth = 10;

    private readonly List<QueryOutcome> _outcomes = [];

    public IReadOnlyList<QueryOutcome> Outcomes => _outcomes;

    public double Recall => _outcomes.Count == 0 ? 0 : _outcomes.Average(o => o.Recall);

    public double MeanReciprocalRank => _outcomes.Count == 0 ? 0 : _outcomes.Average(o => o.ReciprocalRank);

    public static async Task<SearchQuality> MeasureAsync(JudgedQuerySet set, Func<JudgedQuery, Task<IReadOnlyList<string>>> search)
    {
        var quality = new SearchQuality();
        foreach (var query in set.Queries)
        {
            quality.Add(query, await search(query));
        }

        return quality;
    }

    public void Add(JudgedQuery query, IReadOnlyList<string> ranked)
    {
        var top = ranked.Take(Depth).ToList();
        var found = query.Relevant.Count(top.Contains);
        var first = top.FindIndex(query.Relevant.Contains);
        _outcomes.Add(new QueryOutcome(query, top, (double)found / query.Relevant.Count, first < 0 ? 0 : 1.0 / (first + 1)));
    }

    /// <summary>A table: overall and per kind, recall@10 and MRR.</summary>
    public string Report(string title)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{title}: recall@10 {Recall:F3}  MRR {MeanReciprocalRank:F3}  ({_outcomes.Count} queries)");
        foreach (var kind in _outcomes.GroupBy(o => o.Query.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  {kind.Key,-14} recall@10 {kind.Average(o => o.Recall):F3}  MRR {kind.Average(o => o.ReciprocalRank):F3}  ({kind.Count()})");
        }

        return text.ToString();
    }

    /// <summary>The queries that lost recall or did not rank a relevant article first, for tuning.</summary>
    public string Misses() => string.Join(Environment.NewLine, _outcomes
        .Where(o => o.Recall < 1 || o.ReciprocalRank < 1)
        .Select(o => $"{o.Query.Id} [{o.Query.Q}] recall {o.Recall:F2} rr {o.ReciprocalRank:F2} want {string.Join(",", o.Query.Relevant)} got {string.Join(",", o.Top.Take(5))}"));
}
