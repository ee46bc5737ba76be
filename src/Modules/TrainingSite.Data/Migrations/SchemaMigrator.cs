using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Configuration;

namespace TrainingSite.Data.Migrations;

/// <summary>
/// Applies the hand-written SQL migrations that are not yet recorded in <c>__SchemaMigrations</c>, each in
/// its own transaction. On PostgreSQL an advisory lock keeps several nodes starting at once from racing.
/// </summary>
public sealed class SchemaMigrator(
    TrainingDbContext db,
    DatabaseOptions options,
    IEnumerable<MigrationSource> sources,
    ILogger<SchemaMigrator> logger)
{
    private const string HistoryTable = "__SchemaMigrations";
    private const long PostgresLockKey = 7_262_011_230;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<DatabaseProvider, IReadOnlyList<string>> KnownIds = new();

    public IReadOnlyList<MigrationScript> Scripts => MigrationCatalog.Load(sources, options.Provider);

    /// <summary>The ids of the migrations this build knows, read once: /health asks for them on every call.</summary>
    private IReadOnlyList<string> ScriptIds => KnownIds.GetOrAdd(options.Provider, _ => [.. Scripts.Select(s => s.Id)]);

    /// <summary>The ids of every migration this build knows, in the order they apply.</summary>
    public IReadOnlyList<string> KnownMigrationIds => ScriptIds;

    /// <summary>The ids recorded as applied, in order (empty for a database never migrated); read-only: it never creates the history table.</summary>
    public async Task<IReadOnlyList<string>> AppliedIdsAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await HistoryTableExistsAsync(connection, cancellationToken)
                ? [.. (await AppliedAsync(connection, null, cancellationToken)).Order(StringComparer.Ordinal)]
                : [];
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The migrations this build knows that are not applied yet; read-only (/health calls it).</summary>
    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken = default)
    {
        var applied = await AppliedIdsAsync(cancellationToken);
        return [.. ScriptIds.Except(applied, StringComparer.Ordinal)];
    }

    /// <summary>Applies every pending migration and returns their ids.</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await PrepareAsync(connection, cancellationToken);
            var done = new List<string>();
            foreach (var script in Scripts)
            {
                if (await ApplyAsync(connection, script, cancellationToken))
                {
                    logger.LogInformation("Applied migration {Migration}", script.Id);
                    done.Add(script.Id);
                }
            }

            return done;
        }
        finally
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({PostgresLockKey})", CancellationToken.None);
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task PrepareAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({PostgresLockKey})", cancellationToken);
        }
        else
        {
            // WAL lets readers go on while one writer writes; the setting is stored in the file.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken);
        }

        await EnsureHistoryTableAsync(connection, cancellationToken);
    }

    private static async Task<bool> ApplyAsync(DbConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if ((await AppliedAsync(connection, transaction, cancellationToken)).Contains(script.Id))
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
        await using (var record = connection.CreateCommand())
        {
            record.Transaction = transaction;
            record.CommandText = $"INSERT INTO \"{HistoryTable}\" (\"Id\", \"AppliedAt\") VALUES (@id, @at)";
            AddParameter(record, "@id", script.Id);
            AddParameter(record, "@at", DateTimeOffset.UtcNow.ToString("O"));
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> HistoryTableExistsAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = options.Provider == DatabaseProvider.Postgres
            ? $"SELECT to_regclass('public.\"{HistoryTable}\"') IS NOT NULL"
            : $"SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryTable}'";
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task EnsureHistoryTableAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            connection,
            null,
            $"CREATE TABLE IF NOT EXISTS \"{HistoryTable}\" (\"Id\" varchar(150) NOT NULL PRIMARY KEY, \"AppliedAt\" varchar(40) NOT NULL)",
            cancellationToken);

    private static async Task<HashSet<string>> AppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT \"Id\" FROM \"{HistoryTable}\"";
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetString(0));
        }

        return applied;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
