using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz/statistics: how each question of the course's quiz has done over the
/// submitted attempts. The permission opens the page; the course's region decides (<see cref="QuizzesPermissions.Rules"/>).
/// </summary>
[Authorize(Policy = QuizzesPermissions.ViewStatisticsPolicy)]
public sealed class StatisticsModel(ICourseDirectory courses, QuizStatisticsLoader loader) : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    /// <summary>Loaded only once the course is authorized: the report reads every attempt.</summary>
    public QuizStatisticsReport Report { get; private set; } = null!;

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(CourseId, cancellationToken);
        return exists ? new RegionalResource(regionId, QuizzesPermissions.Rules) : null;
    }

    public override RegionalOperation OperationFor(string httpMethod, string? handlerName) => RegionalOperation.ViewStatistics;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(CourseId, cancellationToken) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        return Page();
    }
}
