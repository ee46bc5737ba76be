using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Applies indexing tasks on this node as soon as the transaction that wrote them commits (a recipe import's,
/// or an author's publication), so the change is in the next search here. A failure is only logged: the
/// change is committed, and the background worker applies the tasks on its next round.
/// </summary>
public sealed class IndexingAfterCommit(GuidanceSearchIndex index, ILogger<IndexingAfterCommit> logger) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    /// <summary>Marks the context's current transaction as holding indexing tasks.</summary>
    public void Watch(DbContext context) => _pending.AddOrUpdate(context, this);

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _pending.Remove(context))
        {
            await CatchUpAsync(cancellationToken);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context && _pending.Remove(context))
        {
            // A synchronous commit is not held up: the worker applies the tasks within its poll interval.
            _ = Task.Run(() => CatchUpAsync(CancellationToken.None), CancellationToken.None);
        }
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData);
        return Task.CompletedTask;
    }

    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData);

    private void Forget(DbContextEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (index.TryOpen() is null)
            {
                return; // a command run beside the running site: the site applies the tasks itself
            }

            await index.CatchUpAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not apply the new indexing tasks at once; the background worker will");
        }
    }
}
