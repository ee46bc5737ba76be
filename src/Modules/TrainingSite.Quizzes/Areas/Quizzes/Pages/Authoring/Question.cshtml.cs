using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Content;
using TrainingSite.Core.Ui;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz/questions/{questionId} (or "new"): a question's kind, prompt, choices
/// with their correct flags and feedback, explanation and linked guidance articles, in every language.
/// </summary>
public sealed class QuestionModel(
    QuizAuthoring authoring,
    ICourseDirectory courses,
    IRegionalScope scope,
    IStringLocalizer<QuizzesStrings> strings,
    IStringLocalizer<SharedStrings> shared)
    : QuizAuthoringPageModel(authoring, courses, scope)
{
    public const string NewId = "new";

    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, string questionId, CancellationToken cancellationToken)
    {
        if (await LoadQuestionAsync(courseId, questionId, cancellationToken) is { } result)
        {
            return result;
        }

        Input = QuestionInput.From(Existing(questionId));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string courseId, string questionId, CancellationToken cancellationToken)
    {
        if (await LoadQuestionAsync(courseId, questionId, cancellationToken) is { } result)
        {
            return result;
        }

        var latest = VersionWorkflow.Latest(Quiz!.Versions)!;
        var id = IsNew ? NewQuestionId(latest) : questionId;
        if (Input.ToQuestion(id, ModelState, strings, shared) is not { } question)
        {
            Input.Choices.AddRange(Enumerable.Range(0, Math.Max(0, QuestionInput.BlankChoices - Input.Choices.Count(c => TextInput.ToText(c.Text).Count == 0))).Select(_ => new ChoiceInput()));
            return this.Invalid();
        }

        await Authoring.ChangeAsync(Quiz, Author, draft => QuizAuthoring.PutQuestion(draft, question), cancellationToken);
        return Done(strings["Editor.DraftSaved"], $"/authoring/courses/{courseId}/quiz#questions");
    }

    private QuizQuestion? Existing(string questionId) =>
        VersionWorkflow.Latest(Quiz!.Versions)?.Questions.FirstOrDefault(q => q.Id == questionId);

    private async Task<IActionResult?> LoadQuestionAsync(string courseId, string questionId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, cancellationToken) is { } denied)
        {
            return denied;
        }

        IsNew = questionId == NewId;
        return Quiz is null || (!IsNew && Existing(questionId) is null) ? NotFound() : null;
    }

    private static string NewQuestionId(QuizVersion version)
    {
        var n = version.Questions.Count + 1;
        while (version.Questions.Any(q => q.Id == $"q{n}"))
        {
            n++;
        }

        return $"q{n}";
    }
}
