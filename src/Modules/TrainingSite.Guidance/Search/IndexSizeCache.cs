using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The number of indexed translations, which every search needs for term rarity: counted at most every
/// few seconds instead of on every search (a count is linear in the table on PostgreSQL). This node's
/// indexer drops it at once; other nodes see a change within <see cref="MaxAge"/>.
/// </summary>
public sealed class IndexSizeCache(TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(10);

    private (int Count, DateTimeOffset At)? _cached;

    public async Task<int> CountAsync(TrainingDbContext db, CancellationToken cancellationToken)
    {
        if (_cached is { } cached && time.GetUtcNow() - cached.At < MaxAge)
        {
            return cached.Count;
        }

        var count = await db.Set<SearchDocument>().CountAsync(cancellationToken);
        _cached = (count, time.GetUtcNow());
        return count;
    }

    public void Invalidate() => _cached = null;
}
