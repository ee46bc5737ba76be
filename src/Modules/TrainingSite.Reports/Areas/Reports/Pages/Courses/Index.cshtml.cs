using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Courses;

/// <summary>
/// /reports/courses: the published courses whose report the user may open (the national part and their regions'),
/// each with how many of the learners in their scope started and completed it.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class IndexModel(ReportScopes scopes, LearnerQueries learners, CourseReports reports, IRegionDirectory regions) : PageModel
{
    public IReadOnlyList<CourseSummary> Courses { get; private set; } = [];

    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        Courses = await reports.ListAsync(scope, learners.IdsIn(scope), cancellationToken);
        Regions = await regions.ListAsync(cancellationToken);
    }
}
