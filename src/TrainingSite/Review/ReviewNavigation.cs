using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Review;

public sealed class ReviewNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
        [new(Menus.Admin, "Nav.Review", typeof(SiteStrings), "/authoring/review", 30, ReviewPermissions.ReviewContentPolicy)];
}
