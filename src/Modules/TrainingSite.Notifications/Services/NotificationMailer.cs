using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <summary>
/// Sends the mail of committed notifications (the outbox is <see cref="Notification.MailPending"/>), woken by
/// <see cref="NotificationMailSignal"/> or every <see cref="NotificationOptions.MailPollInterval"/>. Each row is claimed
/// by one conditional update before its mail is queued, so two nodes never send the same mail; the user's preferences
/// are read at that moment, so a choice made in between is respected. Mail goes through the site's queue
/// (<see cref="IMailSender"/>); like every mail there, a message lost in a crash is not retried.
/// </summary>
public sealed class NotificationMailer(
    IServiceScopeFactory scopes, NotificationMailSignal signal, IMailSender mail, NotificationMailComposer composer,
    IOptions<NotificationOptions> options, ILogger<NotificationMailer> logger) : BackgroundService
{
    private const int BatchSize = 100;

    private bool _failing;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await RoundAsync(stoppingToken);

            try
            {
                await signal.WaitAsync(options.Value.MailPollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task RoundAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await SendBatchAsync(stoppingToken) == BatchSize)
            {
            }

            if (_failing)
            {
                _failing = false;
                logger.LogInformation("Notification mail is sent again");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception exception)
        {
            // The rows stay pending and the next round sends them. Said once, not every round; an outage is logged by
            // DatabaseAvailability already, so it gets no stack trace here (as the search index worker does).
            if (!_failing)
            {
                _failing = true;
                if (DatabaseErrors.IsUnavailable(exception))
                {
                    logger.LogWarning("Could not send notification mail ({Reason}); retrying", exception.GetBaseException().Message);
                }
                else
                {
                    logger.LogWarning(exception, "Could not send notification mail; retrying");
                }
            }
        }
    }

    /// <summary>Sends one batch; the number of pending rows it read.</summary>
    public async Task<int> SendBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var pending = await db.Set<Notification>().AsNoTracking().Where(n => n.MailPending).OrderBy(n => n.Id).Take(BatchSize)
            .Join(db.Users, n => n.UserId, u => u.Id, (n, u) => new PendingMail(
                n.Id, n.UserId, n.Kind, n.Url, n.Subject, n.Note, u.Email, u.DisplayName, u.PreferredLanguage, u.DeactivatedAt == null && u.ErasedAt == null))
            .ToListAsync(cancellationToken);
        if (pending.Count == 0)
        {
            return 0;
        }

        var userIds = pending.Select(p => p.UserId).Distinct().ToList();
        var preferences = await db.Set<NotificationPreferences>().AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToDictionaryAsync(p => p.UserId, cancellationToken);
        foreach (var item in pending)
        {
            var claimed = await db.Set<Notification>().Where(n => n.Id == item.Id && n.MailPending)
                .ExecuteUpdateAsync(set => set.SetProperty(n => n.MailPending, false), cancellationToken);
            if (claimed == 0 || !item.Active || string.IsNullOrEmpty(item.Email) || !NotificationTopics.WantsMail(item.Kind, preferences.GetValueOrDefault(item.UserId)))
            {
                continue;
            }

            var (subject, body) = composer.Compose(item);
            await mail.SendAsync(item.Email, subject, body, item.Language ?? SiteCultures.Default, cancellationToken);
        }

        return pending.Count;
    }
}
