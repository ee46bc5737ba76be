using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Areas.Quizzes.Pages.Quiz;

/// <summary>
/// .../attempts/{attemptId}/review: score, pass or fail, and per question the learner's answer, the correct
/// one, the chosen choices' feedback, the explanation and where to read more, as the attempt showed them.
/// Only after submitting: before that this page sends the learner back to the attempt. When the passed attempt
/// completes the whole package, the page leads on to the certificate.
/// </summary>
[Authorize]
public sealed class ReviewModel(QuizAttempts attempts, IEnumerable<IGuidanceDirectory> guidance, ICourseProgress progress) : PageModel
{
    public string CourseId { get; private set; } = string.Empty;

    public QuizAttempt Attempt { get; private set; } = null!;

    public QuizVersion Version { get; private set; } = null!;

    public IReadOnlyList<ShownQuestion> Questions { get; private set; } = [];

    /// <summary>Titles of the linked guidance articles that are published (without the guidance module: none, ids are shown).</summary>
    public IReadOnlyDictionary<string, LocalizedText> ArticleTitles { get; private set; } = new Dictionary<string, LocalizedText>();

    /// <summary>A passed attempt that leaves the whole package complete leads on to the certificate (/certificates/complete).</summary>
    public bool PackageComplete { get; private set; }

    public async Task<IActionResult> OnGetAsync(string courseId, int attemptId, CancellationToken cancellationToken)
    {
        if (await attempts.ForCourseAsync(courseId, attemptId, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken) is not (var attempt, var version))
        {
            return NotFound();
        }

        if (attempt.SubmittedAt is null)
        {
            return LocalRedirect($"/courses/{courseId}/quiz/attempts/{attemptId}");
        }

        (CourseId, Attempt, Version) = (courseId, attempt, version);
        Questions = ShownQuestion.All(Version, attempt, SiteCultures.Current);
        if (guidance.FirstOrDefault() is { } directory)
        {
            ArticleTitles = await directory.TitlesAsync(Version.Questions.SelectMany(q => q.Articles).Distinct().ToList(), cancellationToken);
        }

        // The package is the national part AND the home region's section: without a home region it cannot be complete.
        if (attempt.Passed == true && User.FindFirstValue(TrainingClaims.HomeRegion) is { } homeRegion)
        {
            var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
            PackageComplete = (await progress.ForLearnerAsync(userId, homeRegion, cancellationToken)).Complete;
        }

        return Page();
    }
}
