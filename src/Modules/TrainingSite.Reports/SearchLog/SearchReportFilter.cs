using TrainingSite.Reports.Services;

namespace TrainingSite.Reports.SearchLog;

/// <summary>
/// What the search report shows: <see cref="Region"/> null for every region in scope, <see cref="NoRegion"/> for the
/// searches without a region, else a region id; <see cref="Language"/> null for every language.
/// </summary>
public sealed record SearchReportFilter(string? Region, string? Language, ReportPeriod Period)
{
    public const string NoRegion = "none";
}
