using System.Data.Common;

namespace TrainingSite.Benchmarks;

/// <summary>Parameterised SQL within one seeding transaction, the same for SQLite and PostgreSQL.</summary>
public sealed class SeedCommands(DbConnection connection, DbTransaction transaction)
{
    public async Task<string> ScalarAsync(string sql)
    {
        await using var command = Create(sql, []);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = Create(sql, parameters);
        await command.ExecuteNonQueryAsync();
    }

    private DbCommand Create(string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
