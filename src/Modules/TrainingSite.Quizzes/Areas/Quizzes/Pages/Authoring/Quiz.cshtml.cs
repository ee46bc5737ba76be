using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Core.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz: the quiz's settings and questions (add, edit, reorder, delete),
/// publish or discard the draft, and a preview of the questions as a learner sees them.
/// </summary>
public sealed class QuizModel(QuizAuthoring authoring, ICourseDirectory courses, IRegionalScope scope, IStringLocalizer<QuizzesStrings> strings)
    : QuizAuthoringPageModel(authoring, courses, scope)
{
    [BindProperty]
    public QuizSettingsInput Input { get; set; } = new();

    public QuizVersion? Latest => Quiz is null ? null : VersionWorkflow.Latest(Quiz.Versions);

    public bool HasDraft => Quiz is not null && VersionWorkflow.Draft(Quiz.Versions) is not null;

    public async Task<IActionResult> OnGetAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        Input = QuizSettingsInput.From(Latest);
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            var title = strings.InEveryLanguage("Editor.DefaultTitle");
            await Authoring.CreateAsync(courseId, title, Author, cancellationToken);
        }

        return Done(strings["Editor.Created"]);
    }

    public async Task<IActionResult> OnPostSaveAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            return NotFound();
        }

        Input.Validate(ModelState, strings);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await Authoring.ChangeAsync(Quiz, Author, Input.ApplyTo, cancellationToken);
        return Done(strings["Editor.DraftSaved"]);
    }

    public async Task<IActionResult> OnPostMoveAsync(string courseId, string questionId, int direction, CancellationToken cancellationToken) =>
        await ChangeQuestionsAsync(courseId, draft => QuizAuthoring.MoveQuestion(draft, questionId, direction), cancellationToken);

    public async Task<IActionResult> OnPostDeleteQuestionAsync(string courseId, string questionId, CancellationToken cancellationToken) =>
        await ChangeQuestionsAsync(courseId, draft => draft.Questions = [.. draft.Questions.Where(q => q.Id != questionId)], cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            return NotFound();
        }

        if (VersionWorkflow.Draft(Quiz.Versions) is { Questions.Count: 0 })
        {
            ModelState.AddModelError(string.Empty, strings["Editor.NoQuestions"]);
            Input = QuizSettingsInput.From(Latest);
            return this.Invalid();
        }

        return Done(await Authoring.PublishAsync(Quiz, Author, cancellationToken) ? strings["Editor.Published"] : strings["Editor.NothingToPublish"]);
    }

    public async Task<IActionResult> OnPostDiscardAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            return NotFound();
        }

        return Done(await Authoring.DiscardAsync(Quiz, cancellationToken) ? strings["Editor.Discarded"] : strings["Editor.NothingToDiscard"]);
    }

    private async Task<IActionResult> ChangeQuestionsAsync(string courseId, Action<QuizVersion> change, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Quiz is null)
        {
            return NotFound();
        }

        await Authoring.ChangeAsync(Quiz, Author, change, cancellationToken);
        return Done(strings["Editor.DraftSaved"], $"/authoring/courses/{courseId}/quiz#questions");
    }
}
