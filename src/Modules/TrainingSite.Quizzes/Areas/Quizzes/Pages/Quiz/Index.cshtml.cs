using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Core.Ui;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Quiz;

/// <summary>/courses/{courseId}/quiz: the quiz's rules, the learner's attempts and best score; start or continue.</summary>
[Authorize]
public sealed class IndexModel(QuizAttempts attempts) : PageModel
{
    public Models.Quiz Quiz { get; private set; } = null!;

    public QuizVersion Version { get; private set; } = null!;

    public IReadOnlyList<QuizAttempt> Attempts { get; private set; } = [];

    public QuizAttempt? Open => Attempts.FirstOrDefault(a => a.SubmittedAt is null);

    public bool LimitReached => Open is null && Version.MaxAttempts is { } max && Attempts.Count >= max;

    public int? Best => Attempts.Where(a => a.SubmittedAt is not null).Max(a => a.ScorePercent);

    public string CourseId { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string courseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, cancellationToken))
        {
            return NotFound();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostStartAsync(string courseId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(courseId, cancellationToken))
        {
            return NotFound();
        }

        var attempt = await attempts.StartAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, Quiz, Version, cancellationToken);
        if (attempt is null)
        {
            return this.Invalid(StatusCodes.Status409Conflict);
        }

        return LocalRedirect($"/courses/{courseId}/quiz/attempts/{attempt.Id}");
    }

    private async Task<bool> LoadAsync(string courseId, CancellationToken cancellationToken)
    {
        if (await attempts.PublishedForCourseAsync(courseId, cancellationToken) is not { } published)
        {
            return false;
        }

        (Quiz, Version, CourseId) = (published.Quiz, published.Version, courseId);
        Attempts = await attempts.ForLearnerAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, Quiz.Id, cancellationToken);
        return true;
    }
}
