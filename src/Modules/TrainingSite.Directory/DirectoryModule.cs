using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Directory.Data;
using TrainingSite.Directory.Hours;
using TrainingSite.Directory.Recipes;

namespace TrainingSite.Directory;

/// <summary>Directory: public service points to refer customers to, their opening hours and the <c>servicepoints</c> step.</summary>
public sealed class DirectoryModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(OpeningHoursCalculator.ForFinland());

        services.AddEntityConfigurations<DirectoryDataModel>();
        services.AddMigrations<DirectoryModule>();
        services.AddRecipeStep<ServicePointsRecipeStep>();
        services.AddScoped<IRecipeReferenceSource, ServicePointReferenceSource>();
    }
}
