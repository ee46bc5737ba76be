using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Guidance;

/// <summary>
/// Reading network-only articles, and authoring. Which articles a user may change is decided per article
/// by the regional scope (own regions; national articles only for administrators).
/// </summary>
public sealed class GuidancePermissions : IPermissionProvider
{
    public const string ReadNetworkPolicy = "Guidance.ReadNetwork";
    public const string EditOwnRegionPolicy = "Guidance.EditOwnRegion";

    public static readonly Permission ReadNetwork = new(ReadNetworkPolicy, "Permission.ReadNetwork");
    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Permission.EditGuidance");

    public Type Strings => typeof(GuidanceStrings);

    public IEnumerable<Permission> GetPermissions() => [ReadNetwork, EditOwnRegion];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ReadNetwork, EditOwnRegion]),
        new(Roles.RegionalCoordinator, [ReadNetwork, EditOwnRegion]),
        new(Roles.NetworkMember, [ReadNetwork]),
    ];
}
