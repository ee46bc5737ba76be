using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Glossary.Data;
using TrainingSite.Glossary.Recipes;
using TrainingSite.Glossary.Services;

namespace TrainingSite.Glossary;

/// <summary>Glossary: the service system's terms in three languages, /glossary, and auto-links from lessons and articles.</summary>
public sealed class GlossaryModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<GlossaryCache>();
        services.AddSingleton<IGlossaryLinker>(provider => provider.GetRequiredService<GlossaryCache>());
        services.AddScoped<GlossaryPage>();

        services.AddEntityConfigurations<GlossaryDataModel>();
        services.AddMigrations<GlossaryModule>();
        services.AddNavigation<GlossaryNavigation>();
        services.AddRecipeStep<GlossaryRecipeStep>();
    }
}
