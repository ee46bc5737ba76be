using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Reports.SearchLog;
using TrainingSite.Reports.Services;

namespace TrainingSite.Reports.Areas.Reports.Pages.Search;

/// <summary>
/// /reports/search: the most frequent guidance searches and those that found nothing, so authors see which guidance
/// is missing; filtered by region (within the reader's scope: a region outside it is refused, never shown), language
/// and period. Filter values that mean nothing (an unknown language or period) fall back to "all" / the default.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class IndexModel(ReportScopes scopes, SearchReport report, IRegionDirectory regions) : PageModel
{
    [FromQuery(Name = "region")]
    public string? Region { get; set; }

    [FromQuery(Name = "language")]
    public string? Language { get; set; }

    [FromQuery(Name = "period")]
    public string? PeriodKey { get; set; }

    public ReportPeriod Period { get; private set; } = ReportPeriod.Default;

    public RegionScope Scope { get; private set; } = RegionScope.None;

    /// <summary>The regions the reader may pick, in the directory's order.</summary>
    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    public SearchReportResult Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await scopes.ForAsync(User, cancellationToken);
        var all = await regions.ListAsync(cancellationToken);
        var region = string.IsNullOrWhiteSpace(Region) ? null : Region.Trim();
        if (region is not null && region != SearchReportFilter.NoRegion && all.All(r => r.Id != region))
        {
            return NotFound(); // Not a region at all: nothing to show, and nothing crafted reaches the query.
        }

        if (!SearchReport.Allows(Scope, region))
        {
            return Forbid();
        }

        Region = region;
        Language = Language is { } language && SiteCultures.IsSupported(language) ? language : null;
        Period = ReportPeriod.Parse(PeriodKey);
        Regions = [.. all.Where(r => Scope.Includes(r.Id))];
        Result = await report.ReadAsync(Scope, new SearchReportFilter(Region, Language, Period), cancellationToken);
        return Page();
    }
}
