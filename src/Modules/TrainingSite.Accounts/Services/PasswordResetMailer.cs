using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Web;
using TrainingSite.Data.Identity;

namespace TrainingSite.Accounts.Services;

/// <summary>Answers each queued <see cref="PasswordResetRequests"/> entry: a reset link to the account's owner, nothing for an unknown address.</summary>
public sealed class PasswordResetMailer(
    PasswordResetRequests requests,
    IServiceScopeFactory scopes,
    ILogger<PasswordResetMailer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var email in requests.Reader.ReadAllAsync(stoppingToken))
            {
                await AnswerAsync(email, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Requests still queued at shutdown are dropped: the person can ask again.
        }
    }

    private async Task AnswerAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<TrainingUser>>();
            if (await users.FindByEmailAsync(email) is { } user)
            {
                await SendResetLinkAsync(scope.ServiceProvider, users, user, cancellationToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The address stays out of the log.
            logger.LogError(exception, "A password-reset request could not be answered");
        }
    }

    private static async Task SendResetLinkAsync(IServiceProvider services, UserManager<TrainingUser> users, TrainingUser user, CancellationToken cancellationToken)
    {
        var strings = services.GetRequiredService<IStringLocalizer<AccountsStrings>>();
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        // From the configured public address, never the request's Host header: a forged Host would send the token elsewhere.
        var link = services.GetRequiredService<IPublicUrls>().Absolute($"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&code={code}");

        var siteName = services.GetRequiredService<ISiteName>();
        var (subject, body) = UserLanguage.Use(user, () => (strings["ResetMail.Subject", siteName.Current].Value, strings["ResetMail.Body", user.DisplayName, link].Value));
        await services.GetRequiredService<IMailSender>().SendAsync(user.Email!, subject, body, UserLanguage.Of(user), cancellationToken);
    }
}
