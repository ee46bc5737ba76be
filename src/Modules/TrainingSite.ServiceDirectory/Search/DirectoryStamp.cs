using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// What identifies the set of published versions: how many there are and the sum of their ids. Publishing, a new
/// published version, unpublishing and deleting all change it (a published version is replaced by one with another
/// id), so comparing it with the snapshot's tells every node, on one database, that the directory changed.
/// Read with one aggregate query per search, as cheap as a query gets.
/// </summary>
public sealed record DirectoryStamp(long Count, long IdSum)
{
    public static async Task<DirectoryStamp> ReadAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        // Constant SQL (no input) valid on SQLite and PostgreSQL; LINQ has no single-query form of two aggregates.
        var row = await db.Database
            .SqlQueryRaw<StampRow>("""SELECT COUNT(*) AS "Count", COALESCE(SUM("Id"), 0) AS "IdSum" FROM "ServicePointVersions" WHERE "IsPublished" = TRUE""")
            .ToListAsync(cancellationToken);
        return row is [var only] ? new DirectoryStamp(only.Count, only.IdSum) : new DirectoryStamp(0, 0);
    }

    private sealed class StampRow
    {
        public long Count { get; set; }

        public long IdSum { get; set; }
    }
}
