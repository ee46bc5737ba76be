using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Reports;

public sealed class ReportsNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Reports", typeof(ReportsStrings), "/reports", 60, ReportsPermissions.ViewReportsPolicy),
    ];
}
