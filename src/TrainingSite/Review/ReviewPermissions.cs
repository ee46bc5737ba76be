using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Review;

/// <summary>
/// Seeing the review list at /authoring/review. The list itself shows each user only the regions the regional
/// scope lets them author, so coordinators see their regions and administrators everything.
/// </summary>
public sealed class ReviewPermissions : IPermissionProvider
{
    public const string ReviewContentPolicy = "Site.ReviewContent";

    public static readonly Permission ReviewContent = new(ReviewContentPolicy, "Permission.ReviewContent");

    public IEnumerable<Permission> GetPermissions() => [ReviewContent];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ReviewContent]),
        new(Roles.RegionalCoordinator, [ReviewContent]),
    ];
}
