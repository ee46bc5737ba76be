using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>What the filter form offers: the regions in the caller's scope (and "no home region" with a national scope), organisations, courses.</summary>
public sealed record LearnerFilterOptions(IReadOnlyList<RegionInfo> Regions, bool NoRegion, IReadOnlyList<string> Organisations, IReadOnlyList<ReportedCourse> Courses)
{
    public string RegionName(string? regionId) => Regions.FirstOrDefault(r => r.Id == regionId)?.Name.ToString() ?? regionId ?? string.Empty;
}
