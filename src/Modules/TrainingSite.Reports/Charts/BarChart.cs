using System.Globalization;

namespace TrainingSite.Reports.Charts;

/// <summary>
/// A horizontal bar chart (a funnel, drop-off per lesson, a score distribution), rendered by the <c>_BarChart</c>
/// partial: labels and values are HTML text, so they wrap and stay readable at 320 px; the bars are SVG. The chart is
/// hidden from screen readers because every report shows the same numbers in a table beside it.
/// </summary>
public sealed record BarChart(string Caption, IReadOnlyList<ChartBar> Bars)
{
    /// <summary>The bar's length as a percentage of the longest (SVG width), formatted for markup.</summary>
    public string WidthOf(ChartBar bar)
    {
        var max = Bars.Count == 0 ? 0 : Bars.Max(b => b.Value);
        var percent = max <= 0 ? 0 : Math.Round(100 * bar.Value / max, 1);
        return percent.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    }
}
