namespace TrainingSite.Abstractions.Modules;

/// <summary>
/// Work the site does once as it starts, before it serves requests (apply migrations, apply the first
/// run's recipes). Tasks run in <see cref="Order"/>; a failing task stops the site with its message.
/// </summary>
public interface IStartupTask
{
    int Order { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
