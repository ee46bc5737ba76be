using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Learners;

/// <summary>
/// /reports/learners/{userId}: one learner's progress per lesson, attempts and certificate. Not an
/// <see cref="IRegionalPage"/> on purpose: that answers 403 for an item outside the scope, which would tell a
/// coordinator that an account exists in another region; here both answer 404 (the scoped query finds nothing).
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class DetailModel(ReportScopes scopes, LearnerDetails details, IRegionDirectory regions) : PageModel
{
    [FromRoute]
    public string UserId { get; set; } = string.Empty;

    public LearnerDetail Detail { get; private set; } = null!;

    public string RegionName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        if (UserId.Length > 100 || await details.LoadAsync(scope, UserId, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        RegionName = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == detail.Row.HomeRegionId)?.Name.ToString() ?? string.Empty;
        return Page();
    }
}
