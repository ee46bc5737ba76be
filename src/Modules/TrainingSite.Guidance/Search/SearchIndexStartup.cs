using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// At start-up: says in the log when analysis libraries are missing (search still works, with less recall),
/// and rebuilds the index when it was built with different analysis, e.g. before voikko-fi was installed.
/// </summary>
public sealed class SearchIndexStartup(TrainingDbContext db, GuidanceIndexer indexer, TextAnalyzer analyzer, ILogger<SearchIndexStartup> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.FirstRunRecipes + 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var missing in analyzer.Status.Missing())
        {
            logger.LogWarning("Guidance search is degraded: {Library} was not found, so searches match fewer word forms", missing);
        }

        if (await indexer.AnalysisSignatureAsync(cancellationToken) == analyzer.Status.Signature)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var documents = await indexer.RebuildAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rebuilt the guidance search index ({Documents} translations) for analysis {Signature}", documents, analyzer.Status.Signature);
    }
}
