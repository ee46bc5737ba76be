using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Reports.Dashboard;
using TrainingSite.Reports.Services;

namespace TrainingSite.Reports.Areas.Reports.Pages;

/// <summary>
/// /reports: the region dashboard. The learners counted are the user's scope, narrowed by the <c>region</c> value; a
/// region outside the scope is refused (403) and an unknown one is 404, so no URL shows another region's learners.
/// The national comparison is only for holders of <see cref="ReportsPermissions.ViewNational"/>.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class IndexModel(ReportScopes scopes, IRegionDirectory regionDirectory, DashboardQuery query, IAuthorizationService authorization) : PageModel
{
    public ReportPeriod Period { get; private set; } = ReportPeriod.Default;

    public RegionChoice Choice { get; private set; } = null!;

    public RegionScope Scope { get; private set; } = RegionScope.None;

    /// <summary>The regions in scope, in the directory's order: the picker's options and the comparison's rows.</summary>
    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    public bool ShowComparison { get; private set; }

    public DashboardReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Scope = await scopes.ForAsync(User, cancellationToken);
        if (Scope.IsEmpty)
        {
            return Forbid();
        }

        var regions = await regionDirectory.ListAsync(cancellationToken);
        Regions = [.. regions.Where(r => Scope.Includes(r.Id))];
        Period = ReportPeriod.Parse(Request.Query["period"].ToString());
        Choice = RegionChoice.Resolve(Request.Query["region"].ToString(), Scope, regions);
        switch (Choice.Status)
        {
            case RegionChoiceStatus.Forbidden:
                return Forbid();
            case RegionChoiceStatus.Unknown:
                return NotFound();
        }

        ShowComparison = (await authorization.AuthorizeAsync(User, ReportsPermissions.ViewNationalPolicy)).Succeeded;
        Report = await query.LoadAsync(Scope, Choice, Period, cancellationToken);
        return Page();
    }

    /// <summary>The name of a home region as the tables show it (null: learners without one).</summary>
    public string RegionName(string? regionId, string noRegion) =>
        regionId is null ? noRegion : Regions.FirstOrDefault(r => r.Id == regionId)?.Name.ToString() ?? regionId;
}
