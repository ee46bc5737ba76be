using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}: edit the course's draft, order its lessons, publish or discard the draft,
/// delete the course. Every handler loads the course and checks the regional scope first.
/// </summary>
public sealed class CourseModel(CourseAuthoring authoring, IRegionalScope scope, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel(authoring, scope, strings)
{
    [BindProperty]
    public LocalizedInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public CourseVersion? Latest => VersionWorkflow.Latest(Course.Versions);

    public IReadOnlyDictionary<string, TranslationState> States => TranslationStates.Of(Latest, Latest?.Title ?? Abstractions.Localization.LocalizedText.Empty);

    public IReadOnlyList<Lesson> Lessons => [.. Course.Lessons.OrderBy(l => l.SortOrder).ThenBy(l => l.Id)];

    public bool HasUnpublishedChanges => VersionWorkflow.Draft(Course.Versions) is not null || Course.Lessons.Any(l => VersionWorkflow.Draft(l.Versions) is not null);

    public async Task<IActionResult> OnGetAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        ValidateText(Input, SummaryMaxLength);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await Authoring.SaveCourseDraftAsync(Course, LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text), Author, cancellationToken);
        return Done($"/authoring/courses/{courseId}", Strings["Authoring.DraftSaved"]);
    }

    public async Task<IActionResult> OnPostPublishAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var published = await Authoring.PublishCourseAsync(Course, Author, cancellationToken);
        return Done($"/authoring/courses/{courseId}", published ? Strings["Authoring.Published"] : Strings["Authoring.NothingToPublish"]);
    }

    public async Task<IActionResult> OnPostDiscardAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        var discarded = await Authoring.DiscardDraftAsync(Course.Versions, cancellationToken);
        return Done($"/authoring/courses/{courseId}", discarded ? Strings["Authoring.Discarded"] : Strings["Authoring.NothingToDiscard"]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), Strings["Authoring.ConfirmDeleteRequired"]);
            Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
            return this.Invalid();
        }

        await Authoring.DeleteCourseAsync(Course, cancellationToken);
        return Done("/authoring/courses", Strings["Authoring.Deleted"]);
    }

    public async Task<IActionResult> OnPostMoveLessonAsync(string courseId, string lessonId, int direction, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson)
        {
            return NotFound();
        }

        await Authoring.MoveLessonAsync(Course, lesson, direction, cancellationToken);
        return LocalRedirect($"/authoring/courses/{courseId}#lesson-{lessonId}");
    }
}
