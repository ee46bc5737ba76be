using System.Data.Common;
using System.Globalization;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Bytes the guidance search index takes: every GuidanceSearch* table with its indexes, on SQLite including
/// the FTS5 shadow tables (GuidanceSearchEngine_data, _idx, _docsize ...), from dbstat.
/// </summary>
public static class SearchIndexSize
{
    public static async Task<IReadOnlyList<(string Table, long Bytes)>> MeasureAsync(BenchmarkDatabase database)
    {
        await using var connection = database.Open();
        var sql = database.Provider == "Postgres"
            ? """
              SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
              WHERE c.relkind = 'r' AND n.nspname = current_schema() AND c.relname LIKE 'GuidanceSearch%' ORDER BY 1
              """
            : """
              SELECT m.tbl_name, SUM(s.pgsize) FROM dbstat s JOIN sqlite_master m ON m.name = s.name
              WHERE m.tbl_name LIKE 'GuidanceSearch%' GROUP BY m.tbl_name ORDER BY 1
              """;
        try
        {
            return await ReadAsync(connection, sql);
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // The e_sqlite3 bundled with Microsoft.Data.Sqlite is built without dbstat; Debian's sqlite3 shell has it.
            return await SqliteShellAsync(connection.DataSource, sql);
        }
    }

    /// <summary>The SQLite file, or the PostgreSQL database, as a whole.</summary>
    public static async Task<long> DatabaseBytesAsync(BenchmarkDatabase database)
    {
        await using var connection = database.Open();
        var sql = database.Provider == "Postgres"
            ? "SELECT 'db', pg_database_size(current_database())"
            : "SELECT 'db', page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return (await ReadAsync(connection, sql))[0].Bytes;
    }

    private static async Task<List<(string Table, long Bytes)>> SqliteShellAsync(string file, string sql)
    {
        var start = new System.Diagnostics.ProcessStartInfo("sqlite3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(file);
        start.ArgumentList.Add(sql);
        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("sqlite3 is not installed");
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('|'))
            .Select(cells => (cells[0], long.Parse(cells[1], CultureInfo.InvariantCulture)))];
    }

    private static async Task<List<(string Table, long Bytes)>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture)));
        }

        return rows;
    }
}
