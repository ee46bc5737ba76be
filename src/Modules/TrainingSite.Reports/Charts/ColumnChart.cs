using System.Globalization;

namespace TrainingSite.Reports.Charts;

/// <summary>
/// Columns over time (completions per week), rendered by the <c>_ColumnChart</c> partial: one SVG that stretches to
/// the width available (the columns are shapes, so stretching keeps them legible), with the first and last period and
/// the highest value as HTML text. Hidden from screen readers like <see cref="BarChart"/>: a table carries the numbers.
/// </summary>
public sealed record ColumnChart(string Caption, IReadOnlyList<ChartBar> Columns)
{
    public const int Height = 100;

    public const int ColumnWidth = 10;

    public double Max => Columns.Count == 0 ? 0 : Columns.Max(c => c.Value);

    public string ViewBox => string.Create(CultureInfo.InvariantCulture, $"0 0 {Math.Max(1, Columns.Count) * ColumnWidth} {Height}");

    /// <summary>The column's height in the view box (at least a hairline for a non-zero value).</summary>
    public double HeightOf(ChartBar column) =>
        Max <= 0 || column.Value <= 0 ? 0 : Math.Max(1, Math.Round(Height * column.Value / Max, 1));

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
