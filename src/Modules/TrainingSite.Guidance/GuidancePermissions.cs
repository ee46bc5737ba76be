using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Guidance;

/// <summary>
/// Reading network-only articles, and authoring. Which articles a user may change is decided per article by
/// <see cref="Rules"/>: their regions' articles with <see cref="EditOwnRegion"/>, national articles with
/// <see cref="EditNational"/> (by default administrators only).
/// </summary>
public sealed class GuidancePermissions : IPermissionProvider
{
    public const string ReadNetworkPolicy = "Guidance.ReadNetwork";
    public const string EditOwnRegionPolicy = "Guidance.EditOwnRegion";
    public const string EditNationalPolicy = "Guidance.EditNational";

    public static readonly Permission ReadNetwork = new(ReadNetworkPolicy, "Permission.ReadNetwork");
    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Permission.EditGuidance");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Permission.EditNational");

    /// <summary>Which permission each operation on an article (and its history) needs, by the article's region.</summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new(EditOwnRegion, EditNational), RegionalOperation.View, RegionalOperation.Edit, RegionalOperation.Publish, RegionalOperation.Delete);

    public Type Strings => typeof(GuidanceStrings);

    public IEnumerable<Permission> GetPermissions() => [ReadNetwork, EditOwnRegion, EditNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ReadNetwork, EditOwnRegion, EditNational]),
        new(Roles.RegionalCoordinator, [ReadNetwork, EditOwnRegion]),
        new(Roles.NetworkMember, [ReadNetwork]),
    ];
}
