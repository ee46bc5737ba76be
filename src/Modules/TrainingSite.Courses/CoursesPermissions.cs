using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Courses;

/// <summary>
/// Authoring courses. Holding a permission opens the authoring area; which courses a user may change is
/// decided per course by the regional scope (own regions; the national part only for administrators).
/// </summary>
public sealed class CoursesPermissions : IPermissionProvider
{
    public const string EditOwnRegionPolicy = "Courses.EditOwnRegion";
    public const string EditNationalPolicy = "Courses.EditNational";

    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Permission.EditOwnRegion");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Permission.EditNational");

    public Type Strings => typeof(CoursesStrings);

    public IEnumerable<Permission> GetPermissions() => [EditOwnRegion, EditNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditOwnRegion, EditNational]),
        new(Roles.RegionalCoordinator, [EditOwnRegion]),
    ];
}
