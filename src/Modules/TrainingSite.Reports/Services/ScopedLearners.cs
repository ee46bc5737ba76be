using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;

namespace TrainingSite.Reports.Services;

/// <summary>
/// The learners a report may count, as a query on the request's context so every report composes it into its own SQL:
/// accounts in the Learner role that are not erased, whose home region the scope includes (no home region: only with
/// the national scope). Deactivated accounts still count: their progress happened.
/// </summary>
public sealed class ScopedLearners(TrainingDbContext db)
{
    public IQueryable<string> IdsIn(RegionScope scope)
    {
        var learnerRole = db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id);
        var learners = db.Users.Where(u => u.ErasedAt == null && db.UserRoles.Any(ur => ur.UserId == u.Id && learnerRole.Contains(ur.RoleId)));
        var regions = scope.Regions.ToList();
        learners = (scope.National, scope.AllRegions) switch
        {
            (true, true) => learners,
            (false, true) => learners.Where(u => u.HomeRegionId != null),
            (true, false) => learners.Where(u => u.HomeRegionId == null || regions.Contains(u.HomeRegionId)),
            (false, false) => learners.Where(u => u.HomeRegionId != null && regions.Contains(u.HomeRegionId)),
        };
        return learners.Select(u => u.Id);
    }
}
