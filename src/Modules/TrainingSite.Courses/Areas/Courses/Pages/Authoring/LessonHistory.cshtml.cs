using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/lessons/{lessonId}/history: the lesson's versions; compare; restore.</summary>
public sealed class LessonHistoryModel(CourseAuthoring authoring, IRegionalScope scope, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel(authoring, scope, strings)
{
    public VersionHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string courseId, string lessonId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson)
        {
            return NotFound();
        }

        var title = VersionWorkflow.Latest(lesson.Versions)?.Title.ToString() ?? lessonId;
        History = VersionHistory.Of(title, $"/authoring/courses/{courseId}/lessons/{lessonId}", lesson.Versions, from, to);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string courseId, string lessonId, int number, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson)
        {
            return NotFound();
        }

        var restored = await Authoring.RestoreAsync(lesson.Versions, number, Author, source => LessonVersion.CopyOf(lessonId, source),
            (source, draft) => { draft.Body = source.Body; draft.Minutes = source.Minutes; draft.ReviewedOn = source.ReviewedOn; }, cancellationToken);
        return restored ? Done($"/authoring/courses/{courseId}/lessons/{lessonId}", Strings["Authoring.Restored", number]) : NotFound();
    }
}
