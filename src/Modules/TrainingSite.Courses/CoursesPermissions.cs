using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Courses;

/// <summary>
/// Authoring courses. Holding a permission opens the authoring area; which courses a user may change is decided per
/// course by <see cref="Rules"/>: the courses of the regions they coordinate with <see cref="EditOwnRegion"/>, the
/// national part with <see cref="EditNational"/> (by default administrators only).
/// </summary>
public sealed class CoursesPermissions : IPermissionProvider
{
    public const string EditOwnRegionPolicy = "Courses.EditOwnRegion";
    public const string EditNationalPolicy = "Courses.EditNational";

    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Permission.EditOwnRegion");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Permission.EditNational");

    /// <summary>Which permission each operation on a course (and its lessons and history) needs, by the course's region.</summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new(EditOwnRegion, EditNational), RegionalOperation.View, RegionalOperation.Edit, RegionalOperation.Publish, RegionalOperation.Delete);

    public Type Strings => typeof(CoursesStrings);

    public IEnumerable<Permission> GetPermissions() => [EditOwnRegion, EditNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditOwnRegion, EditNational]),
        new(Roles.RegionalCoordinator, [EditOwnRegion]),
    ];
}
