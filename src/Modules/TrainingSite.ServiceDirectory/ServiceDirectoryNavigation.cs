using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.ServiceDirectory;

/// <summary>The directory for everyone in the main menu; keeping service points in the administration menu, for those who may keep some.</summary>
public sealed class ServiceDirectoryNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Directory", typeof(ServiceDirectoryStrings), "/directory", 16),
        new(Menus.Admin, "Nav.DirectoryAuthoring", typeof(ServiceDirectoryStrings), "/authoring/directory", 27, ServiceDirectoryPermissions.EditOwnRegionPolicy),
    ];
}
