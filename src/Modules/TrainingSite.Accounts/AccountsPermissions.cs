using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts;

public sealed class AccountsPermissions : IPermissionProvider
{
    public const string ManageUsersPolicy = "Accounts.ManageUsers";
    public const string ManageRolesPolicy = "Accounts.ManageRoles";
    public const string AllRegionsPolicy = "Accounts.AllRegions";

    public static readonly Permission ManageUsers = new(ManageUsersPolicy, "Permission.ManageUsers");

    /// <summary>Editing which role holds which permission at /admin/roles. The Administrator role's grant of it is locked.</summary>
    public static readonly Permission ManageRoles = new(ManageRolesPolicy, "Permission.ManageRoles");

    /// <summary>
    /// Acting in every region: where a module's rules allow an operation on a user's own region, a holder of this may
    /// perform it on any region's items (the regional engine reads it; no page names it as a policy).
    /// </summary>
    public static readonly Permission AllRegions = new(AllRegionsPolicy, "Permission.AllRegions");

    public Type Strings => typeof(AccountsStrings);

    public IEnumerable<Permission> GetPermissions() => [ManageUsers, ManageRoles, AllRegions];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [new(Roles.Administrator, [ManageUsers, ManageRoles, AllRegions])];
}
