using System.Globalization;
using System.Text;
using TrainingSite.Search.Evaluation;

namespace TrainingSite.Benchmarks;

/// <summary>Search qualities side by side: a Markdown table, a row per kind of query, "recall@10 / MRR" per column.</summary>
public static class QualityTable
{
    public static string Format(IReadOnlyList<(string Name, SearchQuality Quality)> columns)
    {
        var text = new StringBuilder();
        text.Append("| queries | n |").AppendJoin(string.Empty, columns.Select(c => $" {c.Name} |")).AppendLine();
        text.Append("|---|---|").AppendJoin(string.Empty, columns.Select(_ => "---|")).AppendLine();
        var outcomes = columns[0].Quality.Outcomes;
        Row(text, "all", outcomes.Count, columns.Select(c => c.Quality.Outcomes));
        foreach (var kind in outcomes.Select(o => o.Query.Kind).Distinct().Order(StringComparer.Ordinal))
        {
            Row(text, kind, outcomes.Count(o => o.Query.Kind == kind), columns.Select(c => c.Quality.Outcomes.Where(o => o.Query.Kind == kind)));
        }

        return text.ToString();
    }

    private static void Row(StringBuilder text, string name, int count, IEnumerable<IEnumerable<QueryOutcome>> cells)
    {
        text.Append(CultureInfo.InvariantCulture, $"| {name} | {count} |");
        foreach (var cell in cells.Select(c => c.ToList()))
        {
            text.Append(CultureInfo.InvariantCulture, $" {cell.Average(o => o.Recall):F2} / {cell.Average(o => o.ReciprocalRank):F2} |");
        }

        text.AppendLine();
    }
}
