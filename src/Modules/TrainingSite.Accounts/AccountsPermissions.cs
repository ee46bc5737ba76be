using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts;

public sealed class AccountsPermissions : IPermissionProvider
{
    public const string ManageUsersPolicy = "Accounts.ManageUsers";

    public static readonly Permission ManageUsers = new(ManageUsersPolicy, "Permission.ManageUsers");

    public IEnumerable<Permission> GetPermissions() => [ManageUsers];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [new(Roles.Administrator, [ManageUsers])];
}
