using TrainingSite.Abstractions.Modules;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// After a restore every node's index describes other data (and its cursor other task ids): a new rebuild request, as
/// <c>search reindex</c> writes, makes each node rebuild from the restored articles, running ones in the background.
/// </summary>
public sealed class SearchRebuildAfterRestore(TrainingDbContext db) : IDatabaseRestoreListener
{
    public Task RestoredAsync(CancellationToken cancellationToken) =>
        SearchStateValues.SetAsync(db, SearchIndexState.RebuildRequestKey, "restore-" + Guid.NewGuid().ToString("N"), cancellationToken);
}
