using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Glossary;

public sealed class GlossaryNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Glossary", typeof(GlossaryStrings), GlossaryIndex.GlossaryPath, 17),
    ];
}
