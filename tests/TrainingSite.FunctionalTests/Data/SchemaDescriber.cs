using System.Data.Common;
using TrainingSite.Data.Configuration;

namespace TrainingSite.FunctionalTests.Data;

/// <summary>
/// Describes a database's schema as sorted lines (columns with types and nullability, keys, foreign keys,
/// indexes), so two databases can be compared: one built by the migrations, one by EF's model.
/// </summary>
public static class SchemaDescriber
{
    private static readonly string[] Ignored = ["__SchemaMigrations", "sqlite_sequence"];

    public static async Task<IReadOnlyList<string>> DescribeAsync(DbConnection connection, DatabaseProvider provider)
    {
        var lines = provider == DatabaseProvider.Postgres ? await PostgresAsync(connection) : await SqliteAsync(connection);
        return [.. lines
            .Where(line => !Ignored.Any(t => line.StartsWith(t + " ", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var table in await SqlColumn.ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table'"))
        {
            lines.AddRange(await SqlColumn.ReadAsync(connection, $"SELECT '{table} column ' || name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk FROM pragma_table_info('{table}')"));
            lines.AddRange(await SqlColumn.ReadAsync(connection, $"SELECT '{table} fk ' || \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}')"));
            foreach (var index in await SqlColumn.ReadAsync(connection, $"SELECT name FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                // Partial (filtered) indexes too: a unique index over valid rows only is not the same as one over all rows.
                var unique = await SqlColumn.ReadAsync(connection, $"SELECT \"unique\" || ' partial=' || \"partial\" FROM pragma_index_list('{table}') WHERE name = '{index}'");
                var columns = await SqlColumn.ReadAsync(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno");
                lines.Add($"{table} index {index} ({string.Join(", ", columns)}) unique={unique[0]}");
            }
        }

        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var lines = await SqlColumn.ReadAsync(connection, """
            SELECT table_name || ' column ' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')
                   || ' nullable=' || is_nullable || ' identity=' || is_identity || ' default=' || coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """);
        lines.AddRange(await SqlColumn.ReadAsync(connection, """
            SELECT rel.relname || ' constraint ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
            FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
            WHERE ns.nspname = 'public'
            """));
        lines.AddRange(await SqlColumn.ReadAsync(connection, "SELECT tablename || ' ' || indexdef FROM pg_indexes WHERE schemaname = 'public'"));
        return lines;
    }
}
