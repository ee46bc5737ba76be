using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/{courseId}/history: the course's versions; compare two; restore one as the draft.</summary>
public sealed class CourseHistoryModel(CourseAuthoring authoring, IRegionalScope scope, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel(authoring, scope, strings)
{
    public VersionHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string courseId, int? from, int? to, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var title = VersionWorkflow.Latest(Course.Versions)?.Title.ToString() ?? courseId;
        History = VersionHistory.Of(title, $"/authoring/courses/{courseId}", Course.Versions, from, to);
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(string courseId, int number, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var restored = await Authoring.RestoreAsync(Course.Versions, number, Author, source => CourseVersion.CopyOf(courseId, source), (source, draft) => draft.Summary = source.Summary, cancellationToken);
        return restored ? Done($"/authoring/courses/{courseId}", Strings["Authoring.Restored", number]) : NotFound();
    }
}
