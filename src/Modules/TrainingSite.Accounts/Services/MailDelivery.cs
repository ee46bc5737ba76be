using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TrainingSite.Accounts.Services;

/// <summary>Sends queued mail one message at a time through <see cref="MailSender"/>; what is queued at shutdown is still sent.</summary>
public sealed class MailDelivery(BackgroundMailSender outbox, MailSender sender, ILogger<MailDelivery> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var mail in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(mail, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (outbox.Reader.TryRead(out var mail))
            {
                await DeliverAsync(mail, CancellationToken.None);
            }
        }
    }

    private async Task DeliverAsync(QueuedMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(mail.To, mail.Subject, mail.TextBody, mail.Language, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The recipient's address stays out of the log.
            logger.LogError(exception, "A mail ({Subject}) could not be sent", mail.Subject);
        }
    }
}
