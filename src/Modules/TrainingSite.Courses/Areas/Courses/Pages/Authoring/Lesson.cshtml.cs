using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
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
public sealed class LessonModel(CourseAuthoring authoring, IRegionalScope scope, IStringLocalizer<CoursesStrings> strings)
    : AuthoringPageModel(authoring, scope, strings)
{
    [BindProperty]
    public LocalizedInput Input { get; set; } = new();

    [BindProperty]
    public bool ConfirmDelete { get; set; }

    /// <summary>"Facts checked": saving with it ticked dates the draft today (in Finland).</summary>
    [BindProperty]
    public bool FactsChecked { get; set; }

    public Lesson? Lesson { get; private set; }

    public LessonVersion? Latest => Lesson is null ? null : VersionWorkflow.Latest(Lesson.Versions);

    public IReadOnlyDictionary<string, string>? Previews { get; private set; }

    public IReadOnlyDictionary<string, TranslationState> States =>
        TranslationStates.Of(Latest, Latest?.Body ?? Abstractions.Localization.LocalizedText.Empty);

    public async Task<IActionResult> OnGetAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = Latest is null ? LocalizedInput.From(Abstractions.Localization.LocalizedText.Empty, Abstractions.Localization.LocalizedText.Empty) : LocalizedInput.From(Latest.Title, Latest.Body, Latest.Minutes);
        Previews = Render(Input);
        return Page();
    }

    /// <summary>Without JavaScript, "Preview" renders every language's preview from the posted text.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Previews = Render(Input);
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        ValidateText(Input, CourseRecipeReader.MaxBodyLength);
        if (Input.Minutes is < 1 or > 600)
        {
            ModelState.AddModelError("Input.Minutes", Strings["Editor.MinutesRange"]);
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
            var id = await Authoring.CreateLessonAsync(Course, title, body, Input.Minutes, reviewedOn, Author, cancellationToken);
            return Done($"/authoring/courses/{courseId}/lessons/{id}", Strings["Authoring.DraftSaved"]);
        }

        await Authoring.SaveLessonDraftAsync(Lesson, title, body, Input.Minutes, reviewedOn, Author, cancellationToken);
        return Done($"/authoring/courses/{courseId}/lessons/{lessonId}", Strings["Authoring.DraftSaved"]);
    }

    public async Task<IActionResult> OnPostPublishAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Lesson is null)
        {
            return NotFound();
        }

        var published = await Authoring.PublishLessonAsync(Lesson, Author, cancellationToken);
        return Done($"/authoring/courses/{courseId}/lessons/{lessonId}", published ? Strings["Authoring.Published"] : Strings["Authoring.NothingToPublish"]);
    }

    public async Task<IActionResult> OnPostDiscardAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Lesson is null)
        {
            return NotFound();
        }

        var discarded = await Authoring.DiscardDraftAsync(Lesson.Versions, cancellationToken);
        return Done($"/authoring/courses/{courseId}/lessons/{lessonId}", discarded ? Strings["Authoring.Discarded"] : Strings["Authoring.NothingToDiscard"]);
    }

    public async Task<IActionResult> OnPostDeleteAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, lessonId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Lesson is null)
        {
            return NotFound();
        }

        if (!ConfirmDelete)
        {
            ModelState.AddModelError(nameof(ConfirmDelete), Strings["Authoring.ConfirmDeleteRequired"]);
            Input = LocalizedInput.From(Latest!.Title, Latest.Body, Latest.Minutes);
            return this.Invalid();
        }

        await Authoring.DeleteLessonAsync(Course, Lesson, cancellationToken);
        return Done($"/authoring/courses/{courseId}", Strings["Authoring.Deleted"]);
    }

    /// <summary>Loads the course (with the scope check) and, unless the id is "new", the lesson.</summary>
    private async Task<IActionResult?> LoadAsync(string courseId, string lessonId, CancellationToken cancellationToken)
    {
        if (await LoadCourseAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (lessonId == "new")
        {
            return null;
        }

        Lesson = Course.Lessons.FirstOrDefault(l => l.Id == lessonId);
        return Lesson is null ? NotFound() : null;
    }

    private static Dictionary<string, string> Render(LocalizedInput input) =>
        input.Text.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => SafeMarkdown.ToHtml(t.Value!, t.Key));
}
