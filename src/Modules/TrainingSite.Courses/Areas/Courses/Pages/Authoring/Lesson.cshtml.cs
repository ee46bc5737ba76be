using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
/// and a preview per language, publish and discard for the lesson, delete.
/// </summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class LessonModel(CourseAuthoring authoring, IStringLocalizer<CoursesStrings> strings) : AuthoringPageModel
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
        return LessonId != NewId && Lesson is null ? null : new RegionalResource(course.RegionId, CoursesPermissions.Rules);
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
        ValidateText(Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseRecipeReader.MaxBodyLength));
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

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Lesson is null)
        {
            return NotFound();
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), AuthoringText["Delete.ConfirmRequired"]);
            Input = LocalizedInput.From(Latest!.Title, Latest.Body, Latest.Minutes);
            return this.Invalid();
        }

        await authoring.DeleteLessonAsync(Course, Lesson, cancellationToken);
        return Done(strings["Authoring.Deleted"], $"/authoring/courses/{Course.Id}");
    }

    private static Dictionary<string, string> Render(LocalizedInput input) =>
        input.Text.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => SafeMarkdown.ToHtml(t.Value!, t.Key));
}
