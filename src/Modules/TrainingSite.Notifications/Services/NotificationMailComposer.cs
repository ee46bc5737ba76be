using System.Globalization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Web;

namespace TrainingSite.Notifications.Services;

/// <summary>
/// A notification's mail in the recipient's language (their preferred one, else Finnish). Links are absolute from the
/// configured public address, never from a request's Host header (the mailer has no request anyway).
/// </summary>
public sealed class NotificationMailComposer(IPublicUrls urls, IStringLocalizer<NotificationsStrings> strings)
{
    public (string Subject, string Body) Compose(PendingMail pending)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SiteCultures.IsSupported(pending.Language) ? pending.Language! : SiteCultures.Default);
        try
        {
            var message = NotificationText.Message(strings, pending.Kind, pending.Subject);
            var text = string.IsNullOrWhiteSpace(pending.Note) ? message : $"{message}\n{strings["Note", pending.Note].Value}";
            var body = strings["Mail.Body", pending.DisplayName, text, urls.Absolute(pending.Url), urls.Absolute("/notifications"), urls.Absolute("/notifications/settings")].Value;
            return (message, body);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
