using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Review;

/// <summary>
/// Seeing the review list at /authoring/review. The list shows each user only what <see cref="Rules"/> lets them
/// review: coordinators their regions, holders of the all-regions permission every region, and national content
/// only with <see cref="ReviewNational"/> (administrators by default).
/// </summary>
public sealed class ReviewPermissions : IPermissionProvider
{
    public const string ReviewContentPolicy = "Site.ReviewContent";
    public const string ReviewNationalPolicy = "Site.ReviewNational";

    public static readonly Permission ReviewContent = new(ReviewContentPolicy, "Permission.ReviewContent");
    public static readonly Permission ReviewNational = new(ReviewNationalPolicy, "Permission.ReviewNational");

    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new RegionalGrant(ReviewContent, ReviewNational), RegionalOperation.View);

    public Type Strings => typeof(SiteStrings);

    public string ModuleNameKey => "Nav.Review";

    public IEnumerable<Permission> GetPermissions() => [ReviewContent, ReviewNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ReviewContent, ReviewNational]),
        new(Roles.RegionalCoordinator, [ReviewContent]),
    ];
}
