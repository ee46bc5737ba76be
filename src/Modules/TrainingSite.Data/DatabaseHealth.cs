using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;

namespace TrainingSite.Data;

/// <summary>Whether the database answers and its schema is up to date, for /health.</summary>
public sealed class DatabaseHealth(DatabaseOptions options, SchemaMigrator migrator)
{
    public async Task<DatabaseState> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            // Reading the applied migrations proves the database answers: one round trip, not two.
            return new DatabaseState(options.Provider.ToString(), Reachable: true, await migrator.PendingAsync(cancellationToken));
        }
        catch (Exception exception) when (exception is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            return new DatabaseState(options.Provider.ToString(), Reachable: false, PendingMigrations: []);
        }
    }
}
