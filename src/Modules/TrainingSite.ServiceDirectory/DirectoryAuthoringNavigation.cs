using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.ServiceDirectory;

/// <summary>The administration menu's link to keeping service points, shown to those who may keep some.</summary>
public sealed class DirectoryAuthoringNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Admin, "Nav.DirectoryAuthoring", typeof(ServiceDirectoryStrings), "/authoring/directory", 27, ServiceDirectoryPermissions.EditOwnRegionPolicy),
    ];
}
