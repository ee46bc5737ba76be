using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Writes indexing tasks for changed articles in the caller's transaction (the outbox): the task commits
/// exactly when the change does. When that transaction commits, this node applies the tasks at once
/// (<see cref="IndexingAfterCommit"/>), so the author finds the change in the next search; the other nodes
/// apply them within their poll interval.
/// </summary>
public sealed class IndexingTaskWriter(TrainingDbContext db, DatabaseOptions database, IndexingAfterCommit afterCommit, TimeProvider time)
{
    public async Task WriteAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        if (articleIds.Count == 0)
        {
            return;
        }

        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await using (own)
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                // Writers take task ids one transaction after another, so ids become visible in order: a node's
                // cursor can never pass a task that commits late with a lower id. (SQLite has one writer anyway.)
                await db.Database.ExecuteSqlRawAsync("LOCK TABLE \"GuidanceIndexingTasks\" IN SHARE ROW EXCLUSIVE MODE", cancellationToken);
            }

            var now = time.GetUtcNow().UtcDateTime;
            db.AddRange(articleIds.Distinct(StringComparer.Ordinal).Select(id => new GuidanceIndexingTask { ArticleId = id, CreatedAt = now }));
            await db.SaveChangesAsync(cancellationToken);
            afterCommit.Watch(db);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
    }
}
