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

    /// <summary>The filter's conditions on GuidanceSearchDocuments aliased <c>d</c>, as SQL with parameters.</summary>
    public static string FilterSql(this DbCommand command, SearchFilter filter)
    {
        var conditions = new List<string>
        {
            $"d.\"Audience\" IN ({string.Join(", ", filter.Audiences.Select(a => command.Add(a)))})",
        };
        if (filter.Region == SearchFilter.National)
        {
            conditions.Add("d.\"RegionId\" IS NULL");
        }
        else if (filter.Region is not null)
        {
            conditions.Add($"d.\"RegionId\" = {command.Add(filter.Region)}");
        }

        if (filter.Topic is not null)
        {
            conditions.Add($"d.\"TopicId\" = {command.Add(filter.Topic)}");
        }

        if (filter.Language is not null)
        {
            conditions.Add($"d.\"Language\" = {command.Add(filter.Language)}");
        }

        return string.Join(" AND ", conditions);
    }
}
