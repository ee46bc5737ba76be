using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Data;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// The learners a report may list, as one composable query: accounts in the Learner role that are not erased (the
/// deactivated ones stay, shown as such), whose home region the caller's scope includes, narrowed by the filter.
/// </summary>
public sealed class LearnerQueries(TrainingDbContext db, ILearningFacts learning, IQuizFacts quizzes)
{
    public IQueryable<LearnerIdentity> Learners(RegionScope scope, LearnerFilter filter)
    {
        var learnerRoles = db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id);
        var users = db.Users.AsNoTracking()
            .Where(u => u.ErasedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && learnerRoles.Contains(ur.RoleId)));

        // The scope, on the server: a learner is visible when the scope includes their home region (none: national).
        var regions = scope.Regions.ToList();
        users = (scope.National, scope.AllRegions) switch
        {
            (true, true) => users,
            (false, true) => users.Where(u => u.HomeRegionId != null),
            (true, false) => users.Where(u => u.HomeRegionId == null || regions.Contains(u.HomeRegionId)),
            _ => users.Where(u => u.HomeRegionId != null && regions.Contains(u.HomeRegionId)),
        };

        if (filter.Region == LearnerFilter.NoRegion)
        {
            users = users.Where(u => u.HomeRegionId == null);
        }
        else if (filter.Region is { } region)
        {
            users = users.Where(u => u.HomeRegionId == region);
        }

        if (filter.Organisation is { } organisation)
        {
            users = users.Where(u => u.Organisation == organisation);
        }

        if (filter.CourseId is { } courseId)
        {
            // "Took the course": opened one of its lessons or submitted its quiz.
            var progress = learning.LessonProgress();
            var attempts = quizzes.SubmittedAttempts();
            users = users.Where(u => progress.Any(p => p.UserId == u.Id && p.CourseId == courseId) || attempts.Any(a => a.UserId == u.Id && a.CourseId == courseId));
        }

        return users.Select(u => new LearnerIdentity
        {
            Id = u.Id,
            DisplayName = u.DisplayName,
            Email = u.Email,
            Organisation = u.Organisation,
            HomeRegionId = u.HomeRegionId,
            CreatedAt = u.CreatedAt,
            DeactivatedAt = u.DeactivatedAt,
        });
    }

    /// <summary>The ids of every learner in the scope, for reports that count in SQL (the course reports).</summary>
    public IQueryable<string> IdsIn(RegionScope scope) => Learners(scope, LearnerFilter.All).Select(l => l.Id);

    public static IQueryable<LearnerIdentity> Ordered(IQueryable<LearnerIdentity> learners) => learners.OrderBy(l => l.DisplayName).ThenBy(l => l.Id);

    /// <summary>The organisations of the learners in scope, for the filter's list.</summary>
    public async Task<IReadOnlyList<string>> OrganisationsAsync(RegionScope scope, CancellationToken cancellationToken) =>
        await Learners(scope, LearnerFilter.All).Where(l => l.Organisation != null && l.Organisation != "").Select(l => l.Organisation!).Distinct().OrderBy(o => o).ToListAsync(cancellationToken);
}
