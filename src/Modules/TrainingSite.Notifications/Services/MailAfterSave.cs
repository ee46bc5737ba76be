using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TrainingSite.Notifications.Services;

/// <summary>
/// A SaveChanges outside any transaction commits as it returns (EF Core opens no transaction for a single statement),
/// so that is the moment to report; inside a transaction, <see cref="MailAfterCommit"/> reports at its commit.
/// </summary>
public sealed class MailAfterSave(NotificationMailSignal signal) : SaveChangesInterceptor
{
    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Report(eventData);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Report(eventData);
        return result;
    }

    private void Report(SaveChangesCompletedEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            signal.Committed(context);
        }
    }
}
