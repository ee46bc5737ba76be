using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Copies;

/// <summary>
/// SQLite: SQLite's online backup API copies every page in one step under a read transaction, so the copy is the
/// database at one moment while writers go on (WAL). The copy must pass <c>PRAGMA integrity_check</c>, when it is
/// taken and again before it is restored, through the same API, into the database in one transaction.
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
        await CheckIntegrityAsync(file, cancellationToken);

        // The same API in reverse writes every page into the database in one write transaction: atomic and safe from a
        // crash (SQLite's journal), and a connection still open on the file sees the restored data, never half of it.
        // Renaming a file over the database instead would leave open connections writing to the replaced file.
        await using var source = new SqliteConnection(Unpooled(file));
        await using var destination = new SqliteConnection(options.ConnectionString);
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }

    private async Task CheckIntegrityAsync(string file, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        try
        {
            await using var connection = new SqliteConnection(Unpooled(file));
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                problems.Add(reader.GetString(0));
            }
        }
        catch (SqliteException exception)
        {
            problems.Add(exception.Message); // damaged beyond what the check can walk ("file is not a database", "malformed")
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
