using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Recipes.CommandLine;
using TrainingSite.Recipes.Data;
using TrainingSite.Recipes.Services;

namespace TrainingSite.Recipes;

/// <summary>Recipes: validate, import and export content recipes; apply the configured ones on first run.</summary>
public sealed class RecipesModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RecipeOptions>(configuration.GetSection(RecipeOptions.Section));
        services.AddScoped<RecipeEngine>();

        services.AddEntityConfigurations<RecipesDataModel>();
        services.AddMigrations<RecipesModule>();
        services.AddPermissions<RecipesPermissions>();
        services.AddNavigation<RecipesNavigation>();
        services.AddStartupTask<FirstRunRecipes>();
        services.AddCommandLineVerb<RecipeVerb>();
    }
}
