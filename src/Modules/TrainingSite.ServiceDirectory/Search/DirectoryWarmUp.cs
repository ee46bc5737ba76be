using System.Diagnostics;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// At start-up, after the first run's recipes and before the site serves: builds this node's directory snapshot, so
/// the first counsellor after a restart or deploy gets an answer at once instead of waiting for it (seconds with
/// thousands of points). A failure here only costs that wait: it is logged and the first search builds the snapshot.
/// </summary>
public sealed class DirectoryWarmUp(DirectorySearch search, ILogger<DirectoryWarmUp> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.FirstRunRecipes + 20;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var elapsed = Stopwatch.StartNew();
        try
        {
            var index = await search.IndexAsync(cancellationToken);
            logger.LogInformation("Built the directory snapshot ({Points} published points) in {Milliseconds} ms", index.Entries.Count, elapsed.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not build the directory snapshot at start-up; the first search will build it");
        }
    }
}
