using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace TrainingSite.Notifications.Services;

/// <summary>
/// Wakes this node's mailer when a transaction that wrote notifications with a pending mail has committed, so the mail
/// leaves at once rather than at the next poll, and never before the notification is committed (a rolled-back change
/// sends nothing). The interceptors (<see cref="MailAfterCommit"/>, <see cref="MailAfterSave"/>) report the ends.
/// </summary>
public sealed class NotificationMailSignal : IDisposable
{
    private readonly ConditionalWeakTable<DbContext, object> _watched = [];
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly Lock _lock = new();
    private bool _disposed;

    /// <summary>Marks the context's unit of work as holding notifications whose mail may be due.</summary>
    public void Watch(DbContext context) => _watched.AddOrUpdate(context, this);

    /// <summary>The context's work is committed: wake the mailer if it was watched.</summary>
    public void Committed(DbContext? context)
    {
        if (context is not null && _watched.Remove(context))
        {
            Pulse();
        }
    }

    /// <summary>The context's work was rolled back: nothing to send.</summary>
    public void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _watched.Remove(context);
        }
    }

    public void Pulse()
    {
        lock (_lock)
        {
            if (!_disposed && _wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
    }

    /// <summary>Waits for a pulse or the timeout; true when pulsed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    /// <summary>A commit while the host stops must not fail because the mailer is gone.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _wake.Dispose();
        }
    }
}
