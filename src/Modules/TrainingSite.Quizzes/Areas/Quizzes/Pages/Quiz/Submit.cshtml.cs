using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Quiz;

/// <summary>.../attempts/{attemptId}/submit: confirm, naming the unanswered questions; submitting grades once.</summary>
[Authorize]
public sealed class SubmitModel(QuizAttempts attempts, IEnumerable<ILearnerProgressListener> listeners) : PageModel
{
    public string CourseId { get; private set; } = string.Empty;

    public QuizAttempt Attempt { get; private set; } = null!;

    public IReadOnlyList<ShownQuestion> Unanswered { get; private set; } = [];

    public bool OnePerPage { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, int attemptId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, attemptId, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        return Attempt.SubmittedAt is null ? Page() : LocalRedirect($"/courses/{courseId}/quiz/attempts/{attemptId}/review");
    }

    public async Task<IActionResult> OnPostAsync(string courseId, int attemptId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(courseId, attemptId, cancellationToken) is not { } version)
        {
            return NotFound();
        }

        if (await attempts.SubmitAsync(attemptId, version, cancellationToken) is null)
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        await listeners.NotifyAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);

        return LocalRedirect($"/courses/{courseId}/quiz/attempts/{attemptId}/review");
    }

    private async Task<QuizVersion?> LoadAsync(string courseId, int attemptId, CancellationToken cancellationToken)
    {
        if (await attempts.ForCourseAsync(courseId, attemptId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not (var attempt, var version))
        {
            return null;
        }

        (CourseId, Attempt, OnePerPage) = (courseId, attempt, version.OnePerPage);
        Unanswered = [.. ShownQuestion.All(version, attempt, SiteCultures.Current).Where(q => !q.Answered)];
        return version;
    }
}
