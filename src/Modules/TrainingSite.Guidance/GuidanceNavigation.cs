using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Guidance;

public sealed class GuidanceNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Guidance", typeof(GuidanceStrings), "/guidance", 15),
        new(Menus.Admin, "Nav.GuidanceAuthoring", typeof(GuidanceStrings), "/authoring/guidance", 25, GuidancePermissions.EditOwnRegionPolicy),
    ];
}
