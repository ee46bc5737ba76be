using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Models;
using TrainingSite.Data;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// "Your certificate is ready": mailed to the holder when a certificate is issued or reissued, in the holder's own
/// language (their chosen one, else the one the issuer names: the language of the learner's own request), with the completion page, the PDFs in fi, sv and en
/// and the public verification address. Every link is absolute from the configured public address (Site:PublicBaseUrl),
/// never from the request's Host header. Goes through the site's mail queue (<see cref="IMailSender"/>), which never throws.
/// It is the mail of the "certificate issued" notification too, so it follows the holder's mail choice for certificates.
/// </summary>
public sealed class CertificateReadyMail(TrainingDbContext db, IMailSender mail, IPublicUrls urls, INotifier notifier, IStringLocalizer<CertificatesStrings> strings)
{
    /// <param name="fallbackLanguage">The language when the holder has not chosen one.</param>
    public async Task SendAsync(Certificate certificate, string fallbackLanguage, CancellationToken cancellationToken)
    {
        var holder = await db.Users.AsNoTracking().Where(u => u.Id == certificate.UserId && u.Email != null && u.DeactivatedAt == null && u.ErasedAt == null)
            .Select(u => new { Email = u.Email!, u.DisplayName, u.PreferredLanguage }).FirstOrDefaultAsync(cancellationToken);
        // The holder's mail choice for certificates (on unless they turned it off) decides, as for every notification.
        if (holder is null || !await notifier.WantsMailAsync(certificate.UserId, NotificationKinds.CertificateIssued, cancellationToken))
        {
            return;
        }

        var language = holder.PreferredLanguage ?? fallbackLanguage;
        var (subject, body) = Compose(certificate, holder.DisplayName, language);
        await mail.SendAsync(holder.Email, subject, body, language, cancellationToken);
    }

    /// <summary>The mail's subject and text in <paramref name="language"/> (the site's default for an unknown one).</summary>
    public (string Subject, string Body) Compose(Certificate certificate, string name, string language)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SiteCultures.IsSupported(language) ? language : SiteCultures.Default);
        try
        {
            var downloads = string.Join(
                "\n",
                SiteCultures.All.Select(c => $"{strings[$"Mine.Download.{c}"]}: {urls.Absolute($"/certificates/{certificate.Id}/pdf/{c}")}"));
            var code = VerificationCode.Format(certificate.Code);
            return (
                strings["ReadyMail.Subject"].Value,
                strings["ReadyMail.Body", name, urls.Absolute(CompletionPage.Path), downloads, code, CertificateSheets.VerifyUrl(urls.BaseUrl, certificate)].Value);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
