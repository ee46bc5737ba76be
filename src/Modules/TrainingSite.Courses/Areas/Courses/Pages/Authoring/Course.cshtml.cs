using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}: edit the course's draft, order its lessons, publish or discard the draft,
/// delete the course. The course is loaded and authorized before any handler runs (see <see cref="AuthoringPageModel"/>).
/// </summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class CourseModel(CourseAuthoring authoring, IStringLocalizer<CoursesStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    [BindProperty]
    public LocalizedInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    public Course Course { get; private set; } = null!;

    public CourseVersion? Latest => VersionWorkflow.Latest(Course.Versions);

    public IReadOnlyDictionary<string, TranslationState> States => TranslationStates.Of(Latest, Latest?.Title ?? LocalizedText.Empty);

    public IReadOnlyList<Lesson> Lessons => [.. Course.Lessons.OrderBy(l => l.SortOrder).ThenBy(l => l.Id)];

    public bool HasUnpublishedChanges => VersionWorkflow.Draft(Course.Versions) is not null || Course.Lessons.Any(l => VersionWorkflow.Draft(l.Versions) is not null);

    private string EditorUrl => $"/authoring/courses/{Course.Id}";

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (await authoring.LoadAsync(CourseId, cancellationToken) is not { } course)
        {
            return null;
        }

        Course = course;
        return new RegionalResource(course.RegionId, CoursesPermissions.Rules);
    }

    public IActionResult OnGet()
    {
        Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        ValidateText(Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseAuthoring.SummaryMaxLength));
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await authoring.SaveCourseDraftAsync(Course, LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text), Author, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], EditorUrl);
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
        var published = await authoring.PublishCourseAsync(Course, Author, cancellationToken);
        return Done(published ? strings["Authoring.Published"] : AuthoringText["Notice.NothingToPublish"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        var discarded = await authoring.DiscardCourseDraftAsync(Course, cancellationToken);
        return Done(discarded ? AuthoringText["Notice.Discarded"] : strings["Authoring.NothingToDiscard"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), AuthoringText["Delete.ConfirmRequired"]);
            Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
            return this.Invalid();
        }

        await authoring.DeleteCourseAsync(Course, cancellationToken);
        return Done(strings["Authoring.Deleted"], "/authoring/courses");
    }

    public async Task<IActionResult> OnPostMoveLessonAsync(string lessonId, int direction, CancellationToken cancellationToken)
    {
        if (Course.Lessons.FirstOrDefault(l => l.Id == lessonId) is not { } lesson)
        {
            return NotFound();
        }

        await authoring.MoveLessonAsync(Course, lesson, direction, cancellationToken);
        return LocalRedirect($"{EditorUrl}#lesson-{lessonId}");
    }
}
