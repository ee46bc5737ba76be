using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>Reads and writes GuidanceSearchState, the facts all nodes share (the same SQL on both providers).</summary>
public static class SearchStateValues
{
    public static async Task<Dictionary<string, string>> ReadAsync(TrainingDbContext db, CancellationToken cancellationToken) =>
        await db.Set<SearchIndexState>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value, StringComparer.Ordinal, cancellationToken);

    /// <summary>Writes the value, whoever wrote the key before.</summary>
    public static Task SetAsync(TrainingDbContext db, string key, string value, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "GuidanceSearchState" ("Key", "Value") VALUES ({key}, {value})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            """,
            cancellationToken);

    /// <summary>Raises a number kept as the key's value; never lowers it, if two nodes write at once.</summary>
    public static Task RaiseAsync(TrainingDbContext db, string key, long value, CancellationToken cancellationToken)
    {
        var text = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO "GuidanceSearchState" ("Key", "Value") VALUES ({key}, {text})
            ON CONFLICT ("Key") DO UPDATE SET "Value" = excluded."Value"
            WHERE CAST("GuidanceSearchState"."Value" AS bigint) < CAST(excluded."Value" AS bigint)
            """,
            cancellationToken);
    }

    public static long Number(IReadOnlyDictionary<string, string> state, string key) =>
        state.TryGetValue(key, out var text) && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0;
}
