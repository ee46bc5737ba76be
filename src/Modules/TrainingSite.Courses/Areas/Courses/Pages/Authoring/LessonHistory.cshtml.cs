using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/lessons/{lessonId}/history: the lesson's versions; compare; restore.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class LessonHistoryModel(CourseAuthoring authoring) : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    [FromRoute]
    public string LessonId { get; set; } = string.Empty;

    public Lesson Lesson { get; private set; } = null!;

    private Course Course { get; set; } = null!;

    public VersionHistory History { get; private set; } = null!;

    private string LessonUrl => $"/authoring/courses/{CourseId}/lessons/{Lesson.Id}";

    /// <summary>The lesson, authorized by its course's region; null (404) when either does not exist.</summary>
    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (await authoring.LoadAsync(CourseId, cancellationToken) is not { } course || course.Lessons.FirstOrDefault(l => l.Id == LessonId) is not { } lesson)
        {
            return null;
        }

        (Course, Lesson) = (course, lesson);
        return new RegionalResource(course.RegionId, CoursesPermissions.Rules);
    }

    public IActionResult OnGet(int? from, int? to, bool compare = false)
    {
        var title = VersionWorkflow.Latest(Lesson.Versions)?.Title.ToString() ?? Lesson.Id;
        History = VersionHistory.Of(title, LessonUrl, Lesson.Versions, from, to);
        return HistoryPage(History, compare);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int number, CancellationToken cancellationToken)
    {
        var restored = await authoring.RestoreLessonAsync(Course, Lesson, number, Author, cancellationToken);
        return restored ? Done(AuthoringText["History.Restored", number], LessonUrl) : NotFound();
    }
}
