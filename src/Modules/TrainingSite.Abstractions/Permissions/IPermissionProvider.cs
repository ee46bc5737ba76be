namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// Declares a module's permissions, the roles that hold them on a new site, and where their texts are. Grants live in
/// the database (role claims of type <see cref="TrainingClaims.Permission"/>): a default grant is written once, when
/// the permission is first seen, and is then the administrators' to change at /admin/roles.
/// </summary>
public interface IPermissionProvider
{
    /// <summary>
    /// The module's strings (the same marker type as <c>IStringLocalizer&lt;T&gt;</c>), in which each permission's
    /// <see cref="Permission.DescriptionKey"/> and <see cref="ModuleNameKey"/> are found in fi, sv and en.
    /// </summary>
    Type Strings { get; }

    /// <summary>Key in <see cref="Strings"/> of the module's name, the heading of its group at /admin/roles.</summary>
    string ModuleNameKey => "Module.Name";

    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name to the permissions that role holds by default (written once; see the type's summary).</summary>
    IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants();
}
