namespace TrainingSite.Abstractions.Mail;

/// <summary>Sends e-mail through SMTP when configured, otherwise writes .eml files to a pickup folder.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken = default);
}
