using System.Diagnostics;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Data;
using TrainingSite.Guidance.Search;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.CommandLine;

/// <summary><c>-- search reindex</c>: rebuilds the guidance index from the published articles in one transaction.</summary>
public sealed class SearchVerb(TrainingDbContext db, GuidanceIndexer indexer, TextAnalyzer analyzer) : ICommandLineVerb
{
    public string Name => "search";

    public string Usage => "search reindex           rebuild the guidance search index from the published articles";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is not ["reindex"])
        {
            await error.WriteLineAsync($"usage:\n{Usage}");
            return 2;
        }

        foreach (var missing in analyzer.Status.Missing())
        {
            await error.WriteLineAsync($"warning: {missing} not found; indexing with reduced analysis");
        }

        var watch = Stopwatch.StartNew();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var documents = await indexer.RebuildAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await output.WriteLineAsync($"Indexed {documents} article translations in {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
