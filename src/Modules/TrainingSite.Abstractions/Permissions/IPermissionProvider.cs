namespace TrainingSite.Abstractions.Permissions;

/// <summary>Declares a module's permissions and which roles hold them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    /// <summary>Role name to the permissions that role holds.</summary>
    IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants();
}
