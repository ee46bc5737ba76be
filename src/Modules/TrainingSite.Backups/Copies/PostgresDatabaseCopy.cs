using Npgsql;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Backups.Copies;

/// <summary>
/// PostgreSQL: <c>pg_dump --format=custom</c> reads the whole database in one repeatable-read transaction, so the dump
/// is one moment while the site writes. <c>pg_restore --single-transaction</c> restores all or nothing; replacing a
/// database first moves its schema aside and drops it only after the restore committed (put back on failure).
/// </summary>
public sealed class PostgresDatabaseCopy(DatabaseOptions options, PostgresTools tools) : IDatabaseCopy
{
    public Task DumpAsync(string file, CancellationToken cancellationToken) =>
        tools.RunAsync("pg_dump", ["--format=custom", "--file=" + file], cancellationToken);

    public async Task<int> CountTablesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task RestoreAsync(string file, bool replace, CancellationToken cancellationToken)
    {
        var aside = replace ? await MoveSchemaAsideAsync(cancellationToken) : null;
        try
        {
            // Owners and grants are the old server's; the restoring user owns what it creates.
            await tools.RunAsync("pg_restore", ["--single-transaction", "--exit-on-error", "--no-owner", "--no-acl", file], cancellationToken);
        }
        catch when (aside is not null)
        {
            await ExecuteAsync($"DROP SCHEMA \"{aside.Value.Schema}\" CASCADE; ALTER SCHEMA \"{aside.Value.Old}\" RENAME TO \"{aside.Value.Schema}\"", CancellationToken.None);
            throw;
        }

        if (aside is not null)
        {
            await ExecuteAsync($"DROP SCHEMA \"{aside.Value.Old}\" CASCADE", cancellationToken);
        }
    }

    /// <summary>Renames the current schema (public) and creates an empty one of its name; returns both names.</summary>
    private async Task<(string Schema, string Old)?> MoveSchemaAsideAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var read = new NpgsqlCommand("SELECT current_schema()", connection);
        var schema = (string)(await read.ExecuteScalarAsync(cancellationToken))!;
        var old = $"{schema}_replaced_{DateTime.UtcNow:yyyyMMddHHmmss}";
        await using var move = new NpgsqlCommand($"ALTER SCHEMA \"{schema}\" RENAME TO \"{old}\"; CREATE SCHEMA \"{schema}\"", connection);
        await move.ExecuteNonQueryAsync(cancellationToken);
        return (schema, old);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }
}
