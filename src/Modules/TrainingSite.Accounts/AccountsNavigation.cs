using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Accounts;

public sealed class AccountsNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Admin, "Nav.Users", typeof(AccountsStrings), "/admin/users", 10, AccountsPermissions.ManageUsers.Name),
        new(Menus.Admin, "Nav.Roles", typeof(AccountsStrings), "/admin/roles", 11, AccountsPermissions.ManageRoles.Name),
    ];
}
