using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Courses;

/// <summary>
/// Authoring courses. Holding a permission opens the authoring area; which courses a user may change is decided per
/// course by <see cref="Rules"/>: the courses of the regions they coordinate with <see cref="EditOwnRegion"/>, the
/// national part with <see cref="EditNational"/> (by default administrators only). Deleting a course or lesson
/// together with the learners' progress it holds also needs <see cref="Purge"/> (administrators only); without it,
/// such content can only be archived.
/// </summary>
public sealed class CoursesPermissions : IPermissionProvider
{
    public const string EditOwnRegionPolicy = "Courses.EditOwnRegion";
    public const string EditNationalPolicy = "Courses.EditNational";
    public const string PurgePolicy = "Courses.Purge";

    public static readonly Permission EditOwnRegion = new(EditOwnRegionPolicy, "Permission.EditOwnRegion");
    public static readonly Permission EditNational = new(EditNationalPolicy, "Permission.EditNational");
    public static readonly Permission Purge = new(PurgePolicy, "Permission.Purge");

    /// <summary>Which permission each operation on a course (and its lessons and history) needs, by the course's region.</summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new(EditOwnRegion, EditNational), RegionalOperation.View, RegionalOperation.Edit, RegionalOperation.Publish, RegionalOperation.Delete);

    public Type Strings => typeof(CoursesStrings);

    public IEnumerable<Permission> GetPermissions() => [EditOwnRegion, EditNational, Purge];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [EditOwnRegion, EditNational, Purge]),
        new(Roles.RegionalCoordinator, [EditOwnRegion]),
    ];
}
