using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Components;

/// <summary>
/// The front page's personal part for a signed-in learner (the host's <c>/</c> shows it): where to continue, how far
/// the national part and the home region's section are, the certificate when there is a valid one, and the newest
/// lessons not yet read. The certificate is asked of <see cref="ICertificateFacts"/>, which the certificates module offers.
/// </summary>
public sealed class LearnerStartViewComponent(LearnerJourney journey, IRegionDirectory regions, ICertificateFacts certificates) : ViewComponent
{
    /// <summary>How far back "new" lessons reach.</summary>
    public static readonly TimeSpan NewFor = TimeSpan.FromDays(30);

    public const int NewShown = 5;

    public async Task<IViewComponentResult> InvokeAsync(bool welcome)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var learner = LearnerView.Of(HttpContext.User) ?? throw new InvalidOperationException("The learner's start is for signed-in users only.");
        var state = await journey.ForAsync(learner, cancellationToken);
        var home = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == learner.HomeRegionId);
        var certified = await certificates.Certificates().AnyAsync(c => c.UserId == learner.UserId && c.RevokedAt == null, cancellationToken);
        return View("/Areas/Courses/Pages/Shared/_LearnerStart.cshtml", new LearnerStartView(
            HttpContext.User.FindFirstValue(TrainingClaims.DisplayName),
            welcome,
            state,
            state.Next(),
            home,
            certified,
            NewLessons(state)));
    }

    /// <summary>
    /// Lessons published since the learner began (and within <see cref="NewFor"/>) that they have not read: before they
    /// begin, the whole package is new to them and the list would only repeat it.
    /// </summary>
    private static IReadOnlyList<(CourseOutline Course, LessonOutline Lesson)> NewLessons(JourneyState state)
    {
        if (state.StartedAt is not { } started)
        {
            return [];
        }

        var recent = DateTimeOffset.UtcNow - NewFor;
        return state.NewUnread(started > recent ? started : recent, NewShown);
    }
}
