using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Quiz;

/// <summary>
/// /courses/{courseId}/quiz/attempts/{attemptId}: answer questions, one per page or all on one, moving freely.
/// Each post saves the shown answers at once (with JavaScript, each change is saved in the background).
/// Correct answers never reach this page.
/// </summary>
[Authorize]
public sealed class AttemptModel(QuizAttempts attempts) : PageModel
{
    public const string AnswerPrefix = "answer:";

    public string CourseId { get; private set; } = string.Empty;

    public QuizAttempt Attempt { get; private set; } = null!;

    public QuizVersion Version { get; private set; } = null!;

    public IReadOnlyList<ShownQuestion> Questions { get; private set; } = [];

    /// <summary>The position shown when the quiz is one question per page.</summary>
    public int Current { get; private set; } = 1;

    public IEnumerable<ShownQuestion> Shown => Version.OnePerPage ? Questions.Where(q => q.Position == Current) : Questions;

    public async Task<IActionResult> OnGetAsync(string courseId, int attemptId, int q = 1, CancellationToken cancellationToken = default)
    {
        if (await LoadAsync(courseId, attemptId, q, cancellationToken) is { } result)
        {
            return result;
        }

        return Attempt.SubmittedAt is null ? Page() : LocalRedirect($"/courses/{courseId}/quiz/attempts/{attemptId}/review");
    }

    public async Task<IActionResult> OnPostSaveAsync(string courseId, int attemptId, int q = 1, string? go = null, CancellationToken cancellationToken = default)
    {
        if (await LoadAsync(courseId, attemptId, q, cancellationToken) is { } result)
        {
            return result;
        }

        foreach (var question in Shown)
        {
            var chosen = Request.Form[AnswerPrefix + question.Question.Id].Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).Distinct().ToList();
            if (chosen.Count == 0)
            {
                continue;
            }

            if (chosen.Any(id => question.Question.Choices.All(c => c.Id != id)) || (question.Question.Kind != QuizQuestion.MultipleChoice && chosen.Count > 1))
            {
                return BadRequest();
            }

            if (!await attempts.SaveAnswerAsync(attemptId, question.Question.Id, chosen, cancellationToken))
            {
                return StatusCode(StatusCodes.Status409Conflict);
            }
        }

        if (Request.Headers.XRequestedWith == "fetch")
        {
            return new NoContentResult();
        }

        return LocalRedirect(Target(courseId, attemptId, go));
    }

    private string Target(string courseId, int attemptId, string? go)
    {
        var here = $"/courses/{courseId}/quiz/attempts/{attemptId}";
        return go switch
        {
            "next" => $"{here}?q={Math.Min(Current + 1, Questions.Count)}",
            "previous" => $"{here}?q={Math.Max(Current - 1, 1)}",
            "summary" => $"{here}/submit",
            { } page when page.StartsWith('q') && int.TryParse(page[1..], out var n) && n >= 1 && n <= Questions.Count => $"{here}?q={n}",
            _ => Version.OnePerPage ? $"{here}?q={Current}" : here,
        };
    }

    /// <summary>Null when the attempt is the learner's and belongs to this course's quiz; otherwise the 404.</summary>
    private async Task<IActionResult?> LoadAsync(string courseId, int attemptId, int q, CancellationToken cancellationToken)
    {
        if (await attempts.ForCourseAsync(courseId, attemptId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not (var attempt, var version))
        {
            return NotFound();
        }

        (CourseId, Attempt, Version) = (courseId, attempt, version);
        Questions = ShownQuestion.All(Version, attempt, SiteCultures.Current);
        Current = Math.Clamp(q, 1, Math.Max(1, Questions.Count));
        return null;
    }
}
