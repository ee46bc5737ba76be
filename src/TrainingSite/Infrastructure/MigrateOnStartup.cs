using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Applies pending schema migrations at start-up. With Database:MigrateOnStartup false it only checks,
/// and refuses to start on an outdated schema rather than fail later on a missing table.
/// </summary>
public sealed class MigrateOnStartup(SchemaMigrator migrator, DatabaseOptions options) : IStartupTask
{
    public int Order => StartupTaskOrder.Migrate;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.MigrateOnStartup)
            {
                await migrator.MigrateAsync(cancellationToken);
                return;
            }

            var pending = await migrator.PendingAsync(cancellationToken);
            if (pending.Count > 0)
            {
                throw new DatabaseConfigurationException(
                    $"The database needs {pending.Count} migration(s) ({string.Join(", ", pending)}) and Database:MigrateOnStartup is false. " +
                    "Run `dotnet run --project src/TrainingSite -- migrate`, then start the site.");
            }
        }
        catch (Exception exception) when (exception is not DatabaseConfigurationException && DatabaseErrors.IsConnectionFailure(exception))
        {
            throw DatabaseErrors.Explain(exception, options);
        }
    }
}
