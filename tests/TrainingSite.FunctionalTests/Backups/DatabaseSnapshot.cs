using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using TrainingSite.Data.Configuration;
using TrainingSite.FunctionalTests.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Backups;

/// <summary>Every table of a database with its row count, a hash of its rows (in any order) and the values of its first column.</summary>
public sealed class DatabaseSnapshot
{
    public sealed record Table(long Count, string Hash, IReadOnlySet<string> Keys);

    private DatabaseSnapshot(Dictionary<string, Table> tables) => Tables = tables;

    public IReadOnlyDictionary<string, Table> Tables { get; }

    public static async Task<DatabaseSnapshot> TakeAsync(TestDatabase database)
    {
        await using DbConnection connection = database.Provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(database.ConnectionString)
            : new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        var names = await SqlColumn.ReadAsync(connection, database.Provider == DatabaseProvider.Postgres
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        var tables = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            tables[name] = await ReadAsync(connection, name);
        }

        return new DatabaseSnapshot(tables);
    }

    private static async Task<Table> ReadAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            var values = Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader.GetValue(i))).ToList();
            keys.Add(values[0]);
            rows.Add(string.Join('\u001f', values));
        }

        rows.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001e', rows))));
        return new Table(rows.Count, hash, keys);
    }

    private static string Text(object value) => value switch
    {
        DBNull => "∅",
        byte[] bytes => Convert.ToBase64String(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
