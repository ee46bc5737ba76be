using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Runs on every node: applies the indexing tasks other nodes wrote (every <c>Search:PollInterval</c>), prunes
/// old tasks (every <c>Search:PruneInterval</c>), and rebuilds in the background, while the live index keeps
/// answering, when the index's analysis is out of date, it missed pruned tasks, or <c>search reindex</c> asked.
/// A database outage is logged once and retried on the next round; it never stops the site.
/// </summary>
public sealed class SearchIndexWorker(GuidanceSearchIndex index, IOptions<SearchOptions> options, TimeProvider time, ILogger<SearchIndexWorker> logger) : BackgroundService
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _rebuild = Task.CompletedTask;
    private DateTimeOffset _nextPrune = DateTimeOffset.MinValue;
    private bool _failing;
    private bool _disposed;

    /// <summary>The first round (tasks written while the node was down, pruning, a rebuild to start) runs before the site serves.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RoundAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // A host that failed to start is disposed and then stopped: nothing is left to cancel then.
        if (!_disposed)
        {
            await _stopping.CancelAsync();
        }

        await base.StopAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _disposed = true;
        _stopping.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        while (await WaitAsync(timer, stoppingToken))
        {
            await RoundAsync(stoppingToken);
        }

        await _rebuild;
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task RoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            await index.CatchUpAsync(cancellationToken);
            if (time.GetUtcNow() >= _nextPrune)
            {
                var pruned = await index.PruneAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
                if (pruned > 0)
                {
                    logger.LogInformation("Pruned {Tasks} indexing tasks older than {Retention}", pruned, options.Value.TaskRetention);
                }

                _nextPrune = time.GetUtcNow() + options.Value.PruneInterval;
            }

            if (_rebuild.IsCompleted && await index.RebuildReasonAsync(cancellationToken) is { } reason)
            {
                logger.LogInformation("Rebuilding the guidance search index in the background: {Reason}", reason.Why);
                _rebuild = Task.Run(() => RebuildAsync(reason, _stopping.Token), CancellationToken.None);
            }

            if (_failing)
            {
                _failing = false;
                logger.LogInformation("The guidance search index follows the database again");
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // Most likely the database is away; say so once, not twice a second. An outage is expected and already
            // logged by DatabaseAvailability, so it gets no stack trace here; anything else does.
            if (!_failing)
            {
                _failing = true;
                if (DatabaseErrors.IsUnavailable(exception))
                {
                    logger.LogWarning("The guidance search index could not follow the database ({Reason}); retrying every {Interval}", exception.GetBaseException().Message, options.Value.PollInterval);
                }
                else
                {
                    logger.LogWarning(exception, "The guidance search index could not follow the database; retrying every {Interval}", options.Value.PollInterval);
                }
            }
        }
    }

    private async Task RebuildAsync(RebuildReason reason, CancellationToken stoppingToken)
    {
        try
        {
            await index.RebuildAsync(reason.Request, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            logger.LogWarning(exception, "Rebuilding the guidance search index failed; the old index keeps answering and the next round tries again");
        }
    }
}
