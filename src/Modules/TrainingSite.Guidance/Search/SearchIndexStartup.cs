using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// At start-up, after the first run's recipes: says in the log when analysis libraries are missing (search
/// still works, with less recall), and when the node has no index at all builds it before the site serves, so
/// a new site or node answers at once. An index that exists but is out of date is rebuilt by
/// <see cref="SearchIndexWorker"/> in the background while it keeps answering.
/// </summary>
public sealed class SearchIndexStartup(GuidanceSearchIndex index, TrainingDbContext db, TextAnalyzer analyzer, ILogger<SearchIndexStartup> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.FirstRunRecipes + 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var missing in analyzer.Status.Missing())
        {
            logger.LogWarning("Guidance search is degraded: {Library} was not found, so searches match fewer word forms", missing);
        }

        if (index.Node.State.Exists)
        {
            return;
        }

        // The request current now is honoured by this build: the worker must not rebuild again for it.
        var request = await db.Set<SearchIndexState>().AsNoTracking()
            .Where(s => s.Key == SearchIndexState.RebuildRequestKey).Select(s => s.Value).FirstOrDefaultAsync(cancellationToken);
        var translations = await index.RebuildAsync(request, cancellationToken);
        logger.LogInformation("Built the guidance search index ({Translations} translations) in {Folder}", translations, index.Folder);
    }
}
