using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TrainingSite.Data;

namespace TrainingSite.Guidance.Search;

/// <summary>Plain ADO.NET commands on the context's connection and current transaction, with parameters only.</summary>
internal static class SqlCommands
{
    public static async Task<DbCommand> CreateAsync(TrainingDbContext db, string sql, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    public static string Add(this DbCommand command, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@p" + command.Parameters.Count;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
