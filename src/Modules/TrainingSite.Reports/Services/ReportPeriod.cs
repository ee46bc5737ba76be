namespace TrainingSite.Reports.Services;

/// <summary>
/// The period a report covers, chosen with the <c>period</c> query value: <c>30d</c>, <c>90d</c>, <c>year</c> (the
/// last 365 days) or <c>all</c>. An unknown value falls back to <see cref="Default"/> rather than failing.
/// </summary>
public sealed record ReportPeriod(string Key, int? Days)
{
    public static readonly ReportPeriod Last30Days = new("30d", 30);
    public static readonly ReportPeriod Last90Days = new("90d", 90);
    public static readonly ReportPeriod LastYear = new("year", 365);
    public static readonly ReportPeriod All = new("all", null);

    public static readonly ReportPeriod Default = Last90Days;

    public static readonly IReadOnlyList<ReportPeriod> Choices = [Last30Days, Last90Days, LastYear, All];

    /// <summary>The string key of the period's label in ReportsStrings.</summary>
    public string LabelKey => "Period." + Key;

    public static ReportPeriod Parse(string? key) => Choices.FirstOrDefault(p => p.Key == key) ?? Default;

    /// <summary>The start of the period (inclusive), or null for all time.</summary>
    public DateTimeOffset? Since(DateTimeOffset now) => Days is { } days ? now.AddDays(-days) : null;
}
