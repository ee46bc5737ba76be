using System.Data.Common;
using System.Globalization;

namespace TrainingSite.FunctionalTests.Data;

/// <summary>The first column of a query's rows as text (numbers in the invariant culture), for tests that read a database directly.</summary>
public static class SqlColumn
{
    public static async Task<List<string>> ReadAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }
}
