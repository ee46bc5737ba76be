namespace TrainingSite.Reports.Charts;

/// <summary>One bar of a chart: its label, its value (which sets the length) and the value as the page shows it.</summary>
public sealed record ChartBar(string Label, double Value, string Display);
