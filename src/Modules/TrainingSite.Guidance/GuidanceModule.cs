using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.Guidance.Api;
using TrainingSite.Guidance.CommandLine;
using TrainingSite.Guidance.Data;
using TrainingSite.Guidance.PersonalData;
using TrainingSite.Guidance.Recipes;
using TrainingSite.Guidance.Search;
using TrainingSite.Guidance.Services;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance;

/// <summary>Guidance: the knowledge base, its authoring, and Finnish-, Swedish- and English-aware search.</summary>
public sealed class GuidanceModule : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        AddSearch(services, configuration);
        services.AddScoped<GuidanceReader>();
        services.AddScoped<GuidanceLabels>();
        services.AddScoped<IGuidanceDirectory, GuidanceDirectory>();
        services.AddScoped<IGuidanceTopics, GuidanceTopics>();
        services.AddScoped<GuidanceAuthoring>();
        services.AddScoped<IReviewableContent, ReviewableArticles>();
        services.AddScoped<IDraftContent, DraftArticles>();

        services.AddEntityConfigurations<GuidanceDataModel>();
        services.AddMigrations<GuidanceModule>();
        services.AddPersonalDataSource<GuidanceVersionsData>();
        services.AddPermissions<GuidancePermissions>();
        services.AddNavigation<GuidanceNavigation>();
        services.AddRecipeStep<TopicsRecipeStep>();
        services.AddRecipeStep<GuidanceRecipeStep>();
        services.AddScoped<IRecipeReferenceSource, TopicReferenceSource>();
        services.AddScoped<IRecipeReferenceSource, ArticleReferenceSource>();
        services.AddCommandLineVerb<SearchVerb>();
    }

    /// <summary>
    /// The search: analysis, this node's Lucene index with its worker and start-up build, the outbox of indexing
    /// tasks (applied here as soon as the publishing transaction commits), and the search itself.
    /// </summary>
    private static void AddSearch(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.Section));
        services.AddSingleton(_ => new TextAnalyzer());
        services.AddSingleton<GuidanceAnalyzers>();
        services.AddSingleton<GuidanceIndexSearch>();
        services.AddSingleton<QueryPlanner>();
        services.AddSingleton<QueryMatches>();
        services.AddSingleton<SnippetBuilder>();
        services.AddSingleton<GuidanceSearchIndex>();
        services.AddSingleton<IndexingAfterCommit>();
        services.ConfigureDbContext<TrainingDbContext>((provider, options) => options.AddInterceptors(provider.GetRequiredService<IndexingAfterCommit>()));
        services.AddScoped<IndexingTaskWriter>();
        services.AddScoped<GuidanceSearch>();
        services.AddScoped<SearchRecorder>();
        services.AddScoped<SearchPresenter>();
        services.AddSingleton<PublishedTexts>();
        services.AddStartupTask<SearchIndexStartup>();
        services.AddRestoreListener<SearchRebuildAfterRestore>();
        services.AddHostedService<SearchIndexWorker>();
        services.AddSingleton<ISearchIndexLag, SearchIndexLagReader>();
        services.AddHealthChecks()
            .AddCheck<SearchHealthCheck>("search", tags: [HealthTags.Status])
            .AddCheck<SearchIndexReadyCheck>("search-index", tags: [HealthTags.Ready])
            .AddCheck<AnalysisLibrariesCheck>("analysis-libraries", tags: [HealthTags.Ready]);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapGuidanceSearchApi();
}
