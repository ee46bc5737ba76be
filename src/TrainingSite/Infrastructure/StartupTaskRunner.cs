using TrainingSite.Abstractions.Modules;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Runs the modules' start-up tasks (migrations, roles, first-run recipes) in order before the server
/// takes requests: IHostedLifecycleService.StartingAsync runs before any hosted service starts.
/// </summary>
public sealed class StartupTaskRunner(IServiceScopeFactory scopes) : IHostedLifecycleService
{
    public static async Task RunAsync(IServiceProvider services, Func<IStartupTask, bool> include, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var task in scope.ServiceProvider.GetServices<IStartupTask>().Where(include).OrderBy(t => t.Order))
        {
            await task.RunAsync(cancellationToken);
        }
    }

    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await RunAsync(scope.ServiceProvider, _ => true, cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
