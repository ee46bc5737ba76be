using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/history: the course's versions; compare two; restore one as the draft.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class CourseHistoryModel(CourseAuthoring authoring) : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    public Course Course { get; private set; } = null!;

    public VersionHistory History { get; private set; } = null!;

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (await authoring.LoadAsync(CourseId, cancellationToken) is not { } course)
        {
            return null;
        }

        Course = course;
        return new RegionalResource(course.RegionId, CoursesPermissions.Rules);
    }

    public IActionResult OnGet(int? from, int? to, bool compare = false)
    {
        var title = VersionWorkflow.Latest(Course.Versions)?.Title.ToString() ?? Course.Id;
        History = VersionHistory.Of(title, $"/authoring/courses/{Course.Id}", Course.Versions, from, to);
        return HistoryPage(History, compare);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        var restored = await authoring.RestoreCourseAsync(Course, number, Author, cancellationToken);
        return restored ? Done(AuthoringText["History.Restored", number], $"/authoring/courses/{Course.Id}") : NotFound();
    }
}
