namespace TrainingSite.Abstractions.Modules;

/// <summary>
/// Told once a backup has been restored into the database and migrated forward: a module that keeps something
/// outside the database (each node's search index) records here what makes every node bring it in line again.
/// </summary>
public interface IDatabaseRestoreListener
{
    Task RestoredAsync(CancellationToken cancellationToken);
}
