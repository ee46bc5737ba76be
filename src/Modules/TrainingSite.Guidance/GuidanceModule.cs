using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data.Configuration;
using TrainingSite.Guidance.Api;
using TrainingSite.Guidance.CommandLine;
using TrainingSite.Guidance.Data;
using TrainingSite.Guidance.PersonalData;
using TrainingSite.Guidance.Recipes;
using TrainingSite.Guidance.Search;
using TrainingSite.Guidance.Services;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance;

/// <summary>Guidance: the knowledge base, its authoring, and Finnish-, Swedish- and English-aware search.</summary>
public sealed class GuidanceModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => new TextAnalyzer());
        services.AddSingleton<QueryPlanner>();
        services.AddSingleton<SnippetBuilder>();
        services.AddSingleton<PhraseMatcher>();
        services.AddSingleton<ISearchEngineStore>(provider => provider.GetRequiredService<DatabaseOptions>().Provider == DatabaseProvider.Postgres
            ? new PostgresSearchEngineStore()
            : new SqliteSearchEngineStore());
        services.AddScoped<GuidanceIndexer>();
        services.AddSingleton<DocumentDirectory>();
        services.AddScoped<GuidanceSearch>();
        services.AddScoped<SearchPresenter>();
        services.AddScoped<GuidanceReader>();
        services.AddScoped<GuidanceLabels>();
        services.AddScoped<IGuidanceDirectory, GuidanceDirectory>();
        services.AddScoped<GuidanceAuthoring>();
        services.AddScoped<IReviewableContent, ReviewableArticles>();
        services.AddHealthChecks().AddCheck<SearchHealthCheck>("search");

        services.AddEntityConfigurations<GuidanceDataModel>();
        services.AddMigrations<GuidanceModule>();
        services.AddPersonalDataSource<GuidanceVersionsData>();
        services.AddPermissions<GuidancePermissions>();
        services.AddNavigation<GuidanceNavigation>();
        services.AddRecipeStep<TopicsRecipeStep>();
        services.AddRecipeStep<GuidanceRecipeStep>();
        services.AddScoped<IRecipeReferenceSource, TopicReferenceSource>();
        services.AddScoped<IRecipeReferenceSource, ArticleReferenceSource>();
        services.AddStartupTask<SearchIndexStartup>();
        services.AddCommandLineVerb<SearchVerb>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGuidanceSearchApi();
}
