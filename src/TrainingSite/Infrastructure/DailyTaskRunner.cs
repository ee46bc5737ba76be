using TrainingSite.Abstractions.Modules;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Runs the modules' <see cref="IDailyTask"/>s: first <see cref="FirstRunDelay"/> after start (not during start-up, when
/// the node is busiest), then every 24 hours. A failing task is logged and retried the next day; the others still run.
/// </summary>
public sealed class DailyTaskRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<DailyTaskRunner> logger) : BackgroundService
{
    public static readonly TimeSpan FirstRunDelay = TimeSpan.FromMinutes(5);

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(FirstRunDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunAllAsync(stoppingToken);
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunAllAsync(CancellationToken stoppingToken)
    {
        int count;
        await using (var listing = scopes.CreateAsyncScope())
        {
            count = listing.ServiceProvider.GetServices<IDailyTask>().Count();
        }

        // Each task in its own scope, so one that fails leaves no broken database context to the next.
        for (var index = 0; index < count; index++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var task = scope.ServiceProvider.GetServices<IDailyTask>().ElementAt(index);
            try
            {
                await task.RunAsync(stoppingToken);
                logger.LogInformation("Daily task {Task} done", task.Name);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Daily task {Task} failed; it runs again tomorrow", task.Name);
            }
        }
    }
}
