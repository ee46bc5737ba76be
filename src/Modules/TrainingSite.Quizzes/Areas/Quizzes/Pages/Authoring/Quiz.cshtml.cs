using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Content;
using TrainingSite.Core.Localization;
using TrainingSite.Core.Ui;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Authoring;

/// <summary>
/// /authoring/courses/{courseId}/quiz: the quiz's settings and questions (add, edit, reorder, delete),
/// publish or discard the draft, and a preview of the questions as a learner sees them. The course's region decides
/// (<see cref="QuizzesPermissions.Rules"/>), before any handler runs.
/// </summary>
[Authorize(Policy = QuizzesPermissions.EditQuizzesPolicy)]
public sealed class QuizModel(QuizAuthoring authoring, ICourseDirectory courses, IStringLocalizer<QuizzesStrings> strings) : AuthoringPageModel
{
    [FromRoute]
    public string CourseId { get; set; } = string.Empty;

    /// <summary>The course's quiz, or null when it has none yet.</summary>
    public Models.Quiz? Quiz { get; private set; }

    [BindProperty]
    public QuizSettingsInput Input { get; set; } = new();

    public QuizVersion? Latest => Quiz is null ? null : VersionWorkflow.Latest(Quiz.Versions);

    public bool HasDraft => Quiz is not null && VersionWorkflow.Draft(Quiz.Versions) is not null;

    private string EditorUrl => $"/authoring/courses/{CourseId}/quiz";

    public override async Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(CourseId, cancellationToken);
        if (!exists)
        {
            return null;
        }

        Quiz = await authoring.LoadAsync(CourseId, cancellationToken);
        return new RegionalResource(regionId, QuizzesPermissions.Rules);
    }

    public void OnGet() => Input = QuizSettingsInput.From(Latest);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (Quiz is null)
        {
            var title = strings.InEveryLanguage("Editor.DefaultTitle");
            await authoring.CreateAsync(CourseId, title, Author, cancellationToken);
        }

        return Done(strings["Editor.Created"], EditorUrl);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (Quiz is null)
        {
            return NotFound();
        }

        Input.Validate(ModelState, strings);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        await authoring.ChangeAsync(Quiz, Author, Input.ApplyTo, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], EditorUrl);
    }

    public async Task<IActionResult> OnPostMoveAsync(string questionId, int direction, CancellationToken cancellationToken)
    {
        if (Quiz is null)
        {
            return NotFound();
        }

        await authoring.MoveQuestionAsync(Quiz, Author, questionId, direction, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], $"{EditorUrl}#questions");
    }

    public async Task<IActionResult> OnPostDeleteQuestionAsync(string questionId, CancellationToken cancellationToken) =>
        await ChangeQuestionsAsync(draft => draft.Questions = [.. draft.Questions.Where(q => q.Id != questionId)], cancellationToken);

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken)
    {
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

        return Done(await authoring.PublishAsync(Quiz, Author, cancellationToken) ? strings["Editor.Published"] : AuthoringText["Notice.NothingToPublish"], EditorUrl);
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken cancellationToken)
    {
        if (Quiz is null)
        {
            return NotFound();
        }

        return Done(await authoring.DiscardAsync(Quiz, cancellationToken) ? strings["Editor.Discarded"] : strings["Editor.NothingToDiscard"], EditorUrl);
    }

    private async Task<IActionResult> ChangeQuestionsAsync(Action<QuizVersion> change, CancellationToken cancellationToken)
    {
        if (Quiz is null)
        {
            return NotFound();
        }

        await authoring.ChangeAsync(Quiz, Author, change, cancellationToken);
        return Done(AuthoringText["Notice.DraftSaved"], $"{EditorUrl}#questions");
    }
}
