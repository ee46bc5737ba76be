using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Modules;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// At start-up: the pickup folder is meant for development (its files hold live reset links), so outside the
/// Development environment its use is a warning; and mail older than the reset token lifetime is deleted.
/// </summary>
public sealed class MailPickupCheck(MailPickupFolder folder, IHostEnvironment environment, ILogger<MailPickupCheck> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.Checks;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (!folder.InUse)
        {
            return Task.CompletedTask;
        }

        if (!environment.IsDevelopment())
        {
            logger.LogWarning(
                "Mail:Smtp:Host is not set: mail, including password-reset links, is written to {Folder} instead of being sent. This is meant for development; set Mail:Smtp:Host",
                folder.Path);
        }

        var deleted = folder.DeleteExpired();
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} expired mail files from {Folder}", deleted, folder.Path);
        }

        return Task.CompletedTask;
    }
}
