using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Data;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// What identifies a snapshot's sources. The set of published versions: how many there are and the sum of their ids
/// (publishing, a new published version, unpublishing and deleting all change it, as a published version is replaced
/// by one with another id), read with one aggregate query. And <see cref="Catalogue"/>, the regions and topics with
/// their names, which the filters offer and the points are analysed with: a region or topic added or renamed renews
/// the snapshot too, instead of a filter refusing the new one until some point is published. Comparing it with the
/// snapshot's tells every node, on one database, that the directory changed.
/// </summary>
public sealed record DirectoryStamp(long Count, long IdSum, string Catalogue)
{
    public static async Task<DirectoryStamp> ReadAsync(
        TrainingDbContext db, IReadOnlyList<RegionInfo> regions, IReadOnlyList<TopicInfo> topics, CancellationToken cancellationToken)
    {
        // Constant SQL (no input) valid on SQLite and PostgreSQL; LINQ has no single-query form of two aggregates.
        var row = await db.Database
            .SqlQueryRaw<StampRow>("""SELECT COUNT(*) AS "Count", COALESCE(SUM("Id"), 0) AS "IdSum" FROM "ServicePointVersions" WHERE "IsPublished" = TRUE""")
            .ToListAsync(cancellationToken);
        var catalogue = $"{Signature(regions.Select(r => (r.Id, r.Name)))}\n\n{Signature(topics.Select(t => (t.Id, t.Name)))}";
        return row is [var only] ? new DirectoryStamp(only.Count, only.IdSum, catalogue) : new DirectoryStamp(0, 0, catalogue);
    }

    /// <summary>Each item's id and names, one line each, in a fixed order.</summary>
    private static string Signature(IEnumerable<(string Id, LocalizedText Name)> items) =>
        string.Join('\n', items
            .OrderBy(i => i.Id, StringComparer.Ordinal)
            .Select(i => i.Id + "\t" + string.Join('\t', i.Name.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}={n.Value}"))));

    private sealed class StampRow
    {
        public long Count { get; set; }

        public long IdSum { get; set; }
    }
}
