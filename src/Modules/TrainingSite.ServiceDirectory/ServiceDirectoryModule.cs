using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.ServiceDirectory.Api;
using TrainingSite.ServiceDirectory.Data;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Recipes;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.ServiceDirectory.Services;
using TrainingSite.ServiceDirectory.Slip;

namespace TrainingSite.ServiceDirectory;

/// <summary>Directory: public service points to refer customers to, their opening hours and the <c>servicepoints</c> step.</summary>
public sealed class ServiceDirectoryModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(OpeningHoursCalculator.ForFinland());

        services.AddEntityConfigurations<ServiceDirectoryDataModel>();
        services.AddMigrations<ServiceDirectoryModule>();
        services.AddRecipeStep<ServicePointsRecipeStep>();
        services.AddScoped<IRecipeReferenceSource, ServicePointReferenceSource>();
        services.AddScoped<PublishedServicePoints>();
        services.AddSingleton<OpeningStatusText>();

        // Authoring: keeping service points, by region, with draft, publish and history.
        services.AddPermissions<ServiceDirectoryPermissions>();
        services.AddScoped<ServicePointAuthoring>();
        services.AddScoped<ServicePointFormReader>();
        services.AddScoped<IDraftContent, DraftServicePoints>();

        // The point page, the referral slip and the hours beside servicepoint: links in articles and lessons.
        services.AddSingleton<WeekHours>();
        services.AddScoped<SlipComposer>();
        services.AddSingleton<SlipPdfs>();
        services.AddScoped<IServicePointLinkHours, ServicePointLinkHours>();

        // The directory search (/directory, /api/directory): the guidance search's analysis and planner (registered
        // by the guidance module; added here only if it is not), this node's snapshot of the published points.
        services.TryAddSingleton(_ => new TextAnalyzer());
        services.TryAddSingleton<QueryPlanner>();
        services.AddSingleton<DirectoryIndexBuilder>();
        services.AddSingleton<DirectorySnapshots>();
        services.AddSingleton<LanguageNames>();
        services.AddScoped<DirectorySearch>();
        services.AddStartupTask<DirectoryWarmUp>();
        services.AddNavigation<ServiceDirectoryNavigation>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapDirectorySearchApi();
}
