using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Courses;

public sealed class CoursesNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.Courses", typeof(CoursesStrings), "/courses", 10),
        new(Menus.Main, "Nav.Dashboard", typeof(CoursesStrings), "/dashboard", 20, Policies.Authenticated),
        new(Menus.Admin, "Nav.Authoring", typeof(CoursesStrings), "/authoring/courses", 20, CoursesPermissions.EditOwnRegionPolicy),
    ];
}
