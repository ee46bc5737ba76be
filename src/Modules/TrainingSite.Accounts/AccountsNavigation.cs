using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Accounts;

public sealed class AccountsNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
        [new(Menus.Admin, "Nav.Users", typeof(AccountsStrings), "/admin/users", 10, AccountsPermissions.ManageUsers.Name)];
}
