using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Recipes;

public sealed class RecipesNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
        [new(Menus.Admin, "Nav.Recipes", typeof(RecipesStrings), "/admin/recipes", 90, RecipesPermissions.ManageRecipesPolicy)];
}
