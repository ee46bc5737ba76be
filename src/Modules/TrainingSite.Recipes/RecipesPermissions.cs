using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Recipes;

public sealed class RecipesPermissions : IPermissionProvider
{
    public const string ManageRecipesPolicy = "Recipes.Manage";

    public static readonly Permission ManageRecipes = new(ManageRecipesPolicy, "Permission.ManageRecipes");

    public Type Strings => typeof(RecipesStrings);

    public IEnumerable<Permission> GetPermissions() => [ManageRecipes];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [new(Roles.Administrator, [ManageRecipes])];
}
