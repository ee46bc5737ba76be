using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using TrainingSite.Data.Configuration;
using TrainingSite.Data.Migrations;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>
/// A database as an older build left it: every migration this build knows but the last, applied and recorded as the
/// runner does (each in a transaction, its id in __SchemaMigrations).
/// </summary>
public static class OlderSchema
{
    /// <summary>Applies all but the last migration; returns every migration id this build knows, in order.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAllButLastAsync(SiteFactory site, TestDatabase database)
    {
        var scripts = await site.WithServiceAsync(services => Task.FromResult(services.GetRequiredService<SchemaMigrator>().Scripts));
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, null, "CREATE TABLE \"__SchemaMigrations\" (\"Id\" varchar(150) NOT NULL PRIMARY KEY, \"AppliedAt\" varchar(40) NOT NULL)");
        foreach (var script in scripts.Take(scripts.Count - 1))
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, transaction, script.Sql);
            await ExecuteAsync(connection, transaction, $"INSERT INTO \"__SchemaMigrations\" VALUES ('{script.Id}', '{DateTimeOffset.UtcNow:O}')");
            await transaction.CommitAsync();
        }

        return [.. scripts.Select(s => s.Id)];
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
