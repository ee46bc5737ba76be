using System.Diagnostics;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Guidance.CommandLine;

/// <summary>
/// <c>-- search reindex</c>: asks every node to rebuild its guidance index from the published articles (a new
/// rebuild request, which running sites honour in the background), and rebuilds this machine's index itself
/// when no running site holds its folder.
/// </summary>
public sealed class SearchVerb(TrainingDbContext db, GuidanceSearchIndex index, TextAnalyzer analyzer) : ICommandLineVerb
{
    public string Name => "search";

    public string Usage => "search reindex           rebuild the guidance search index from the published articles (running sites rebuild in the background)";

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

        var request = Guid.NewGuid().ToString("N");
        await SearchStateValues.SetAsync(db, SearchIndexState.RebuildRequestKey, request, cancellationToken);
        if (index.TryOpen() is null)
        {
            await output.WriteLineAsync($"A running site holds the index in {index.Folder}: it and every other node rebuild in the background.");
            return 0;
        }

        var watch = Stopwatch.StartNew();
        var translations = await index.RebuildAsync(request, cancellationToken);
        await output.WriteLineAsync($"Indexed {translations} article translations in {watch.ElapsedMilliseconds} ms");
        return 0;
    }
}
