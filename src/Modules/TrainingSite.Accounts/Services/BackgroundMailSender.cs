using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Mail;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// The site's <see cref="IMailSender"/>: queues the message and returns at once; <see cref="MailDelivery"/>
/// sends it. A page that mails only when an account exists (a reset link, "someone tried to register your
/// address") then answers as fast, and as successfully, as one that does not: neither the time nor an
/// SMTP failure tells an outsider whether the address has an account.
/// </summary>
public sealed class BackgroundMailSender(ILogger<BackgroundMailSender> logger) : IMailSender
{
    private const int Capacity = 10_000;

    private readonly Channel<QueuedMail> _channel = Channel.CreateBounded<QueuedMail>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public ChannelReader<QueuedMail> Reader => _channel.Reader;

    public Task SendAsync(string to, string subject, string textBody, string language, CancellationToken cancellationToken = default)
    {
        if (!_channel.Writer.TryWrite(new QueuedMail(to, subject, textBody, language)))
        {
            logger.LogError("The mail queue is full ({Capacity} messages); a message was dropped", Capacity);
        }

        return Task.CompletedTask;
    }
}
