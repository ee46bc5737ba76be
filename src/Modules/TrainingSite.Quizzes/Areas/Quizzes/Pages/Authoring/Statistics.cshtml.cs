using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz/statistics: how each question of the course's quiz has done over the
/// submitted attempts. The permission opens the page; the course's region decides (as for authoring it).
/// </summary>
[Authorize(Policy = QuizzesPermissions.ViewStatisticsPolicy)]
public sealed class StatisticsModel(ICourseDirectory courses, IRegionalScope scope, QuizStatisticsLoader loader) : PageModel
{
    public string CourseId { get; private set; } = string.Empty;

    public QuizStatisticsReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string courseId, CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(courseId, cancellationToken);
        if (!exists)
        {
            return NotFound();
        }

        if (!await scope.CanAuthorAsync(User, regionId, cancellationToken))
        {
            return Forbid();
        }

        if (await loader.LoadAsync(courseId, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        (CourseId, Report) = (courseId, report);
        return Page();
    }
}
