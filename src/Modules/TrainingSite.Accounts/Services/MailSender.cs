using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Privacy;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Sends through SMTP when <c>Mail:Smtp:Host</c> is set; otherwise writes each message as an .eml file
/// under <c>Mail:PickupFolder</c>, so a password-reset link can be followed on a machine without mail. The sender is the
/// address of <c>Mail:From</c> under the site's name in the mail's language (<see cref="ISiteName"/>), so a reader sees
/// who wrote in their own language; a name written in the setting is not used.
/// </summary>
public sealed class MailSender(IOptions<MailOptions> options, ISiteName siteName, MailPickupFolder pickup, ILogger<MailSender> logger) : IMailSender
{
    public async Task SendAsync(string to, string subject, string textBody, string language, CancellationToken cancellationToken = default)
    {
        var mail = options.Value;
        using var message = new MailMessage { Subject = subject, Body = textBody, IsBodyHtml = false };
        message.From = new MailAddress(new MailAddress(mail.From).Address, siteName.For(language), System.Text.Encoding.UTF8);
        message.To.Add(new MailAddress(to));
        message.BodyEncoding = System.Text.Encoding.UTF8;
        message.SubjectEncoding = System.Text.Encoding.UTF8;
        message.BodyTransferEncoding = System.Net.Mime.TransferEncoding.QuotedPrintable;

        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(mail.Smtp.Host))
        {
            var folder = pickup.Path;
            Directory.CreateDirectory(folder);

            // Before writing, so whoever sees the new mail also sees the expired ones gone.
            pickup.DeleteExpired();
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
            logger.LogInformation("No SMTP host configured: mail to {Recipient} written to {Folder}", PersonalDataMask.Email(to), folder);
        }
        else
        {
            client.Host = mail.Smtp.Host;
            client.Port = mail.Smtp.Port;
            client.EnableSsl = mail.Smtp.EnableSsl;
            if (!string.IsNullOrEmpty(mail.Smtp.UserName))
            {
                client.Credentials = new NetworkCredential(mail.Smtp.UserName, mail.Smtp.Password);
            }
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
