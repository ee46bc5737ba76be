using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
/// delete the course, or archive, restore or purge it when it holds learners' data (see <see cref="CourseRemoval"/>).
/// The course is loaded and authorized before any handler runs (see <see cref="AuthoringPageModel"/>).
/// </summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class CourseModel(CourseAuthoring authoring, CourseRemoval removal, IAuthorizationService authorization, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    [BindProperty]
    public LocalizedInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    [BindProperty]
    public bool ConfirmArchive { get; set; }

    [BindProperty]
    public bool ConfirmPurge { get; set; }

    /// <summary>The number of learners the purge form named: a purge deletes only what was confirmed.</summary>
    [BindProperty]
    public int ConfirmedLearners { get; set; }

    /// <summary>Delete, or archive, restore and purge (read with the course, so every rendering of the page shows it).</summary>
    public RemovalPanel Removal { get; private set; } = null!;

    public Course Course { get; private set; } = null!;

    public CourseVersion? Latest => VersionWorkflow.Latest(Course.Versions);

    public IReadOnlyDictionary<string, TranslationState> States => TranslationStates.Of(Latest, Latest?.Title ?? LocalizedText.Empty);

    public IReadOnlyList<Lesson> Lessons => [.. Course.Lessons.OrderBy(l => l.SortOrder).ThenBy(l => l.Id)];

    /// <summary>
    /// Publishing the course also publishes its lessons' drafts, without each lesson's own warning: the drafts (the
    /// course's and its lessons') whose translations are behind, named beside the Publish button instead.
    /// </summary>
    public TranslationWarning? TranslationsBehind =>
        TranslationWarning.Behind(Lessons
                .Select(l => (VersionWorkflow.Latest(l.Versions)?.Title.ToString() ?? l.Id, (ContentVersion?)VersionWorkflow.Draft(l.Versions)))
                .Prepend((Latest?.Title.ToString() ?? Course.Id, VersionWorkflow.Draft(Course.Versions))))
            is { Count: > 0 } behind ? new TranslationWarning(Latest?.Title.ToString() ?? Course.Id, behind, EditorUrl) : null;

    public bool HasUnpublishedChanges => VersionWorkflow.Draft(Course.Versions) is not null || Course.Lessons.Any(l => VersionWorkflow.Draft(l.Versions) is not null);

    private string EditorUrl => $"/authoring/courses/{Course.Id}";

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (await authoring.LoadAsync(CourseId, cancellationToken) is not { } course)
        {
            return null;
        }

        Course = course;

        // Counted with the course, so every rendering of the page (a handler's error too) offers the right way out.
        Removal = new RemovalPanel(true, course.ArchivedAt, await removal.LearnersAsync(course, cancellationToken), await RemovalPanel.MayPurgeAsync(authorization, User));
        return new RegionalResource(course.RegionId, CoursesPermissions.Rules);
    }

    public IActionResult OnGet()
    {
        Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await ValidateTextAsync(Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseAuthoring.SummaryMaxLength), cancellationToken);
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

    /// <summary>Deletes the course when it holds no learner's data; otherwise the page again, offering the archive.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmDelete)
        {
            return Again(nameof(ConfirmDelete), AuthoringText["Delete.ConfirmRequired"]);
        }

        var (deleted, learners) = await removal.DeleteAsync(Course, 0, cancellationToken);
        return deleted
            ? Done(strings["Authoring.Deleted"], "/authoring/courses")
            : Again(nameof(ConfirmArchive), strings.Count("Removal.HoldsLearners", learners), learners);
    }

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        if (!ConfirmArchive)
        {
            return Again(nameof(ConfirmArchive), strings["Removal.ConfirmArchiveRequired"]);
        }

        await removal.ArchiveAsync(Course, cancellationToken);
        return Done(strings["Removal.Course.Archived"], EditorUrl);
    }

    public async Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken)
    {
        await removal.UnarchiveAsync(Course, cancellationToken);
        return Done(strings["Removal.Course.Restored"], EditorUrl);
    }

    /// <summary>Deletes the course with every learner's data it holds: administrators only, and only the number they confirmed.</summary>
    public async Task<IActionResult> OnPostPurgeAsync(CancellationToken cancellationToken)
    {
        if (!Removal.MayPurge)
        {
            return Forbid();
        }

        if (!ConfirmPurge)
        {
            return Again(nameof(ConfirmPurge), AuthoringText["Delete.ConfirmRequired"]);
        }

        var (deleted, learners) = await removal.DeleteAsync(Course, ConfirmedLearners, cancellationToken);
        return deleted
            ? Done(strings["Removal.Course.Purged"], "/authoring/courses")
            : Again(learners == 0 ? nameof(ConfirmDelete) : nameof(ConfirmPurge), strings.Count("Removal.CountChanged", learners), learners);
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

    /// <summary>
    /// The page again with the error on <paramref name="field"/> (the editor showing the latest text); with
    /// <paramref name="learners"/>, the number found had changed since the page was shown: 409, and the page offers what fits it now.
    /// </summary>
    private PageResult Again(string field, string message, int? learners = null)
    {
        ModelState.AddModelError(field, message);
        Input = LocalizedInput.From(Latest!.Title, Latest.Summary);
        if (learners is { } count)
        {
            Removal = Removal with { Learners = count };
        }

        return this.Invalid(learners is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict);
    }
}
