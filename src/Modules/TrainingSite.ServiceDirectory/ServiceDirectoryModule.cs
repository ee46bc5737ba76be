using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.ServiceDirectory.Data;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Recipes;
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
        services.AddNavigation<DirectoryAuthoringNavigation>();
        services.AddScoped<ServicePointAuthoring>();
        services.AddScoped<ServicePointFormReader>();
        services.AddScoped<IDraftContent, DraftServicePoints>();

        // The point page, the referral slip and the hours beside servicepoint: links in articles and lessons.
        services.AddSingleton<WeekHours>();
        services.AddScoped<SlipComposer>();
        services.AddSingleton<SlipPdfs>();
        services.AddScoped<IServicePointLinkHours, ServicePointLinkHours>();
    }
}
