using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.ServiceDirectory;

/// <summary>
/// Keeping service points, on the pattern of guidance articles: their regions' points with <see cref="EditOwnRegion"/>
/// (coordinators), national points with <see cref="EditNational"/> (by default administrators only). Which points a
/// user may change is decided per point by <see cref="Rules"/>, on the point's region.
/// </summary>
public sealed class ServiceDirectoryPermissions : IPermissionProvider
{
    public const string EditOwnRegionPolicy = "ServiceDirectory.EditOwnRegion";
    public const string EditNationalPolicy = "ServiceDirectory.EditNational";

    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Authoring.Permission.EditOwnRegion");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Authoring.Permission.EditNational");

    /// <summary>Which permission each operation on a point (and its history) needs, by the point's region.</summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new(EditOwnRegion, EditNational), RegionalOperation.View, RegionalOperation.Edit, RegionalOperation.Publish, RegionalOperation.Delete);

    public Type Strings => typeof(ServiceDirectoryStrings);

    public string ModuleNameKey => "Authoring.ModuleName";

    public IEnumerable<Permission> GetPermissions() => [EditOwnRegion, EditNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditOwnRegion, EditNational]),
        new(Roles.RegionalCoordinator, [EditOwnRegion]),
    ];
}
