using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// The addresses someone asked a reset link for. The forgot-password page only queues the address, whether or not
/// it has an account; <see cref="PasswordResetMailer"/> looks it up, makes the token and writes the mail. The page
/// then does the same work, and takes the same time, for every address, so its timing tells nobody who has an account.
/// </summary>
public sealed class PasswordResetRequests(ILogger<PasswordResetRequests> logger)
{
    private const int Capacity = 10_000;

    private readonly Channel<string> _channel = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    public ChannelReader<string> Reader => _channel.Reader;

    public void Add(string email)
    {
        if (!_channel.Writer.TryWrite(email))
        {
            logger.LogError("The password-reset queue is full ({Capacity} requests); a request was dropped", Capacity);
        }
    }
}
