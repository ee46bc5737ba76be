using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.ServiceDirectory;

public sealed class ServiceDirectoryNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Directory", typeof(ServiceDirectoryStrings), "/directory", 16),
    ];
}
