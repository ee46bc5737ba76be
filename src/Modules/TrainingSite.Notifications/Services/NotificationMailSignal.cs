using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace TrainingSite.Notifications.Services;

/// <summary>
/// Wakes this node's mailer when a transaction that wrote notifications with a pending mail has committed, so the mail
/// leaves at once rather than at the next poll, and never before the notification is committed (a rolled-back change
/// sends nothing). The interceptors (<see cref="MailAfterCommit"/>, <see cref="MailAfterSave"/>) report the ends.
/// </summary>
public sealed class NotificationMailSignal
{
    private readonly ConditionalWeakTable<DbContext, object> _watched = [];
    private readonly SemaphoreSlim _wake = new(0, 1);

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
        lock (_wake)
        {
            if (_wake.CurrentCount == 0)
            {
                _wake.Release();
            }
        }
    }

    /// <summary>Waits for a pulse or the timeout; true when pulsed.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);
}
