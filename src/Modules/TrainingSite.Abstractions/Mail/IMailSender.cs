using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Mail;

/// <summary>
/// Sends e-mail through SMTP when configured, otherwise writes .eml files to a pickup folder. Every mail comes from the
/// configured address (<c>Mail:From</c>) under the site's name (<c>Site:Name</c>) in the language the mail is written in.
/// </summary>
public interface IMailSender
{
    /// <summary>Sends a mail written in <paramref name="language"/> (fi, sv or en), which also names the sender.</summary>
    Task SendAsync(string to, string subject, string textBody, string language, CancellationToken cancellationToken = default);

    /// <summary>Sends a mail written in the current UI language.</summary>
    Task SendAsync(string to, string subject, string textBody, CancellationToken cancellationToken = default) =>
        SendAsync(to, subject, textBody, SiteCultures.Current, cancellationToken);
}
