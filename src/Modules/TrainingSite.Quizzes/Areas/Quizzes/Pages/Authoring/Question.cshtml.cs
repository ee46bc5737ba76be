using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Core.Ui;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz/questions/{questionId} (or "new"): a question's kind, prompt, choices
/// with their correct flags and feedback, explanation and linked guidance articles, in every language.
/// </summary>
[Authorize(Policy = QuizzesPermissions.EditQuizzesPolicy)]
public sealed class QuestionModel(
    QuizAuthoring authoring,
    ICourseDirectory courses,
    IStringLocalizer<QuizzesStrings> strings,
    IStringLocalizer<SharedStrings> shared) : AuthoringPageModel
{
    public const string NewId = "new";

    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    [FromRoute]
    public string QuestionId { get; set; } = string.Empty;

    [BindProperty]
    public QuestionInput Input { get; set; } = new();

    public bool IsNew => QuestionId == NewId;

    public Models.Quiz Quiz { get; private set; } = null!;

    /// <summary>The course's quiz and, unless the id is "new", its question; null (404) when the course, quiz or question is missing.</summary>
    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(CourseId, cancellationToken);
        if (!exists || await authoring.LoadAsync(CourseId, cancellationToken) is not { } quiz)
        {
            return null;
        }

        Quiz = quiz;
        return !IsNew && Existing() is null ? null : new RegionalResource(regionId, QuizzesPermissions.Rules);
    }

    public void OnGet() => Input = QuestionInput.From(Existing());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var latest = VersionWorkflow.Latest(Quiz.Versions)!;
        var id = IsNew ? NewQuestionId(latest) : QuestionId;
        if (Input.ToQuestion(id, ModelState, strings, AuthoringText, shared) is not { } question)
        {
            Input.Choices.AddRange(Enumerable.Range(0, Math.Max(0, QuestionInput.BlankChoices - Input.Choices.Count(c => TextInput.ToText(c.Text).Count == 0))).Select(_ => new ChoiceInput()));
            return this.Invalid();
        }

        await authoring.ChangeAsync(Quiz, Author, draft => QuizAuthoring.PutQuestion(draft, question), cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], $"/authoring/courses/{CourseId}/quiz#questions");
    }

    private QuizQuestion? Existing() =>
        VersionWorkflow.Latest(Quiz.Versions)?.Questions.FirstOrDefault(q => q.Id == QuestionId);

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
