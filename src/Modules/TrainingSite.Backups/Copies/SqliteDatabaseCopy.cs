using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Copies;

/// <summary>
/// SQLite: SQLite's online backup API copies every page in one step under a read transaction, so the copy is the
/// database at one moment while writers go on (WAL). The copy must pass <c>PRAGMA integrity_check</c>. A restore
/// checks the copy beside the database file and then renames it over the file, which is atomic on one file system.
/// </summary>
public sealed class SqliteDatabaseCopy(DatabaseOptions options, IStringLocalizer<BackupsStrings> strings) : IDatabaseCopy
{
    private string DatabaseFile => new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;

    public async Task DumpAsync(string file, CancellationToken cancellationToken)
    {
        await using (var source = new SqliteConnection(options.ConnectionString))
        await using (var destination = new SqliteConnection(Unpooled(file)))
        {
            await source.OpenAsync(cancellationToken);
            await destination.OpenAsync(cancellationToken);
            source.BackupDatabase(destination);
        }

        await CheckIntegrityAsync(file, cancellationToken);
    }

    public async Task<int> CountTablesAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(DatabaseFile))
        {
            return 0;
        }

        await using var connection = new SqliteConnection(Unpooled(DatabaseFile));
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken)
    {
        var target = DatabaseFile;
        var staged = target + ".restoring";
        try
        {
            File.Copy(file, staged, overwrite: true);
            await CheckIntegrityAsync(staged, cancellationToken);

            // The old file's write-ahead log and shared memory must go first: left beside the new file, SQLite would
            // replay the old log into it. The site must be stopped (the README says so); pooled connections are closed.
            SqliteConnection.ClearAllPools();
            foreach (var side in new[] { target + "-wal", target + "-shm" })
            {
                File.Delete(side);
            }

            File.Move(staged, target, overwrite: true);
        }
        finally
        {
            foreach (var leftover in new[] { staged, staged + "-wal", staged + "-shm" })
            {
                File.Delete(leftover);
            }
        }
    }

    private async Task CheckIntegrityAsync(string file, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        await using (var connection = new SqliteConnection(Unpooled(file)))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(reader.GetString(0));
            }
        }

        if (problems is not ["ok"])
        {
            throw new BackupException(strings["IntegrityFailed", file, string.Join("; ", problems.Take(5))]);
        }
    }

    /// <summary>A connection that really closes the file when disposed, so the copy has no -wal beside it.</summary>
    private static string Unpooled(string file) =>
        new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadWriteCreate }.ConnectionString;
}
