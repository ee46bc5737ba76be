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
using TrainingSite.Core.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Recipes;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/lessons/{lessonId} (and .../lessons/new): the Markdown editor with a tab
/// and a preview per language, publish and discard for the lesson, delete, or archive, restore or purge it when it
/// holds learners' progress (see <see cref="CourseRemoval"/>).
/// </summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class LessonModel(CourseAuthoring authoring, CourseRemoval removal, IAuthorizationService authorization, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel
{
    public const string NewId = "new";

    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    [FromRoute]
    public string LessonId { get; set; } = string.Empty;

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

    /// <summary>Delete, or archive, restore and purge; null on .../lessons/new.</summary>
    public RemovalPanel? Removal { get; private set; }

    /// <summary>"Facts checked": saving with it ticked dates the draft today (in Finland).</summary>
    [BindProperty]
    public bool FactsChecked { get; set; }

    public Course Course { get; private set; } = null!;

    /// <summary>The lesson; null on .../lessons/new.</summary>
    public Lesson? Lesson { get; private set; }

    public LessonVersion? Latest => Lesson is null ? null : VersionWorkflow.Latest(Lesson.Versions);

    public IReadOnlyDictionary<string, string>? Previews { get; private set; }

    public IReadOnlyDictionary<string, TranslationState> States =>
        TranslationStates.Of(Latest, Latest?.Body ?? LocalizedText.Empty);

    private string LessonUrl => $"/authoring/courses/{Course.Id}/lessons/{Lesson?.Id}";

    /// <summary>The course (its region decides) and, unless the id is "new", the lesson; null (404) when either is missing.</summary>
    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        if (await authoring.LoadAsync(CourseId, cancellationToken) is not { } course)
        {
            return null;
        }

        (Course, Lesson) = (course, course.Lessons.FirstOrDefault(l => l.Id == LessonId));
        if (LessonId != NewId && Lesson is null)
        {
            return null;
        }

        // Counted with the lesson, so every rendering of the page (a handler's error too) offers the right way out.
        Removal = Lesson is null ? null
            : new RemovalPanel(false, Lesson.ArchivedAt, await removal.LearnersAsync(Lesson, cancellationToken), await RemovalPanel.MayPurgeAsync(authorization, User));
        return new RegionalResource(course.RegionId, CoursesPermissions.Rules);
    }

    public void OnGet()
    {
        Input = Latest is null ? LocalizedInput.From(LocalizedText.Empty, LocalizedText.Empty) : LocalizedInput.From(Latest.Title, Latest.Body, Latest.Minutes);
        Previews = Render(Input);
    }

    /// <summary>Without JavaScript, "Preview" renders every language's preview from the posted text.</summary>
    public IActionResult OnPostPreview()
    {
        Previews = Render(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        await ValidateTextAsync(Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseRecipeReader.MaxBodyLength), cancellationToken);
        if (Input.Minutes is < 1 or > 600)
        {
            ModelState.AddModelError("Input.Minutes", strings["Editor.MinutesRange"]);
        }

        if (!ModelState.IsValid)
        {
            Previews = Render(Input);
            return this.Invalid();
        }

        var (title, body) = (LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text));
        DateOnly? reviewedOn = FactsChecked ? SiteTime.Today : null;
        if (Lesson is null)
        {
            var id = await authoring.CreateLessonAsync(Course, title, body, Input.Minutes, reviewedOn, Author, cancellationToken);
            return Done(AuthoringText["Notice.DraftSaved"], $"/authoring/courses/{Course.Id}/lessons/{id}");
        }

        await authoring.SaveLessonDraftAsync(Lesson, title, body, Input.Minutes, reviewedOn, Author, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], LessonUrl);
    }

    /// <summary>Publishes the draft; with a translation missing or older than the Finnish text, first a warning (see <see cref="AuthoringPageModel.WarnOfTranslations"/>).</summary>
    public async Task<IActionResult> OnPostPublishAsync(bool publishAnyway, CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        if (WarnOfTranslations(VersionWorkflow.Draft(Lesson.Versions), publishAnyway, Latest?.Title.ToString() ?? Lesson.Id, LessonUrl) is { } warning)
        {
            return warning;
        }

        var published = await authoring.PublishLessonAsync(Course, Lesson, Author, cancellationToken);
        return Done(published ? strings["Authoring.Published"] : AuthoringText["Notice.NothingToPublish"], LessonUrl);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        var discarded = await authoring.DiscardLessonDraftAsync(Course, Lesson, cancellationToken);
        return Done(discarded ? AuthoringText["Notice.Discarded"] : strings["Authoring.NothingToDiscard"], LessonUrl);
    }

    /// <summary>Deletes the lesson when it holds no learner's progress; otherwise the page again, offering the archive.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        if (!ConfirmDelete)
        {
            return Again(nameof(ConfirmDelete), AuthoringText["Delete.ConfirmRequired"]);
        }

        var (deleted, learners) = await removal.DeleteAsync(Course, Lesson, 0, cancellationToken);
        return deleted
            ? Done(strings["Authoring.Deleted"], $"/authoring/courses/{Course.Id}")
            : Again(nameof(ConfirmArchive), strings.Count("Removal.HoldsLearners", learners), learners);
    }

    public async Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        if (!ConfirmArchive)
        {
            return Again(nameof(ConfirmArchive), strings["Removal.ConfirmArchiveRequired"]);
        }

        await removal.ArchiveAsync(Course, Lesson, cancellationToken);
        return Done(strings["Removal.Lesson.Archived"], LessonUrl);
    }

    public async Task<IActionResult> OnPostUnarchiveAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        await removal.UnarchiveAsync(Course, Lesson, cancellationToken);
        return Done(strings["Removal.Lesson.Restored"], LessonUrl);
    }

    /// <summary>Deletes the lesson with every learner's progress in it: administrators only, and only the number they confirmed.</summary>
    public async Task<IActionResult> OnPostPurgeAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null || Removal is null)
        {
            return NotFound();
        }

        if (!Removal.MayPurge)
        {
            return Forbid();
        }

        if (!ConfirmPurge)
        {
            return Again(nameof(ConfirmPurge), AuthoringText["Delete.ConfirmRequired"]);
        }

        var (deleted, learners) = await removal.DeleteAsync(Course, Lesson, ConfirmedLearners, cancellationToken);
        return deleted
            ? Done(strings["Removal.Lesson.Purged"], $"/authoring/courses/{Course.Id}")
            : Again(learners == 0 ? nameof(ConfirmDelete) : nameof(ConfirmPurge), strings.Count("Removal.CountChanged", learners), learners);
    }

    /// <summary>
    /// The page again with the error on <paramref name="field"/> (the editor showing the latest text); with
    /// <paramref name="learners"/>, the number found had changed since the page was shown: 409, and the page offers what fits it now.
    /// </summary>
    private PageResult Again(string field, string message, int? learners = null)
    {
        ModelState.AddModelError(field, message);
        Input = LocalizedInput.From(Latest!.Title, Latest.Body, Latest.Minutes);
        if (learners is { } count && Removal is not null)
        {
            Removal = Removal with { Learners = count };
        }

        return this.Invalid(learners is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict);
    }

    private static Dictionary<string, string> Render(LocalizedInput input) =>
        input.Text.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => SafeMarkdown.ToHtml(t.Value!, t.Key));
}
