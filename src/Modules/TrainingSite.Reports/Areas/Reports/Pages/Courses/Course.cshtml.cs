using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Courses;

/// <summary>
/// /reports/courses/{courseId}: where the learners in the reader's scope stop in one published course, and how its
/// quiz goes. The site's regional page filter loads the course's region and authorizes it before the handler runs
/// (<see cref="CourseReportRules"/>: a regional course for its coordinators, a national one for every report reader);
/// the numbers then count only the reader's scope's learners.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
public sealed class CourseModel(ICourseDirectory courses, ReportScopes scopes, LearnerQueries learners, CourseReports reports) : PageModel, IRegionalPage
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    /// <summary>Loaded only once the course is authorized.</summary>
    public CourseReport Report { get; private set; } = null!;

    public async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(CourseId, cancellationToken);
        return exists ? new RegionalResource(regionId, CourseReportRules.Rules) : null;
    }

    public RegionalOperation OperationFor(string httpMethod, string? handlerName) => RegionalOperation.ViewReports;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        if (await reports.ForAsync(CourseId, learners.IdsIn(scope), cancellationToken) is not { } report)
        {
            return NotFound(); // A course that exists but is not published has nothing to report.
        }

        Report = report;
        return Page();
    }
}
