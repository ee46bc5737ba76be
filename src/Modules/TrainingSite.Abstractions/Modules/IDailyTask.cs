namespace TrainingSite.Abstractions.Modules;

/// <summary>
/// Housekeeping a module needs once a day (pruning what is past its retention). The host's runner calls each task in
/// its own scope a few minutes after start and then every 24 hours, on every node: a task must be safe to run twice
/// and at the same time on two nodes (a delete by age is).
/// </summary>
public interface IDailyTask
{
    /// <summary>For the log.</summary>
    string Name { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
