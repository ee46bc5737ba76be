using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Regions.Recipes;
using TrainingSite.Regions.Services;

namespace TrainingSite.Regions;

/// <summary>Regions: the directory of regions (entities live in the data kernel) and the <c>regions</c> recipe step.</summary>
public sealed class RegionsModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IRegionDirectory, RegionDirectory>();
        services.AddScoped<IRecipeReferenceSource, RegionReferenceSource>();
        services.AddRecipeStep<RegionsRecipeStep>();
    }
}
