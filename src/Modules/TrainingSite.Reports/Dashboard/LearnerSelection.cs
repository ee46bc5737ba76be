using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Data.Identity;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Which learners a dashboard counts, by home region: those without one (<see cref="National"/>), those of every
/// region (<see cref="AllRegions"/>) or of the listed <see cref="Regions"/>. Always a subset of the user's scope.
/// </summary>
public sealed record LearnerSelection(bool National, bool AllRegions, IReadOnlyList<string> Regions)
{
    public static LearnerSelection Of(RegionScope scope) => new(scope.National, scope.AllRegions, [.. scope.Regions]);

    public bool Includes(string? regionId) =>
        regionId is null ? National : AllRegions || Regions.Contains(regionId);

    /// <summary>
    /// The learners selected: accounts in the Learner role that are not erased (deactivated ones still count),
    /// filtered by home region in SQL.
    /// </summary>
    public IQueryable<TrainingUser> Learners(TrainingDbContext db)
    {
        var learnerRoles = db.Roles.Where(r => r.Name == Roles.Learner).Select(r => r.Id);
        var learners = db.Users.Where(u => u.ErasedAt == null
            && db.UserRoles.Any(ur => ur.UserId == u.Id && learnerRoles.Contains(ur.RoleId)));
        var national = National;
        var regions = Regions.ToList();
        return AllRegions
            ? learners.Where(u => u.HomeRegionId != null || (national && u.HomeRegionId == null))
            : learners.Where(u => (u.HomeRegionId != null && regions.Contains(u.HomeRegionId)) || (national && u.HomeRegionId == null));
    }
}
