using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Mail;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Web;
using TrainingSite.Data;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Reminder mail to the learners a filter selects. The recipients are computed on the server from the filter and the
/// caller's scope, at preview and again at sending (never taken from the form); deactivated and certified learners are
/// never mailed. Mail goes through the site's <see cref="IMailSender"/> (queued, sent in the background), each in the
/// recipient's own language. Each recipient also finds the reminder among their notifications; the reminder is a mail
/// by nature, so that notification sends no second mail (whatever the recipient's mail choices), and it is written
/// by the caller's SaveChanges with the audit event.
/// </summary>
public sealed class Reminders(
    LearnerStatuses statuses, TrainingDbContext db, IMailSender mail, IPublicUrls urls, ISiteName siteName, INotifier notifier, IStringLocalizer<LearnerReportStrings> strings)
{
    /// <summary>More recipients than this at once are refused: a mistake, or a job for a newsletter, not a reminder.</summary>
    public const int MaxRecipients = 1000;

    public async Task<IReadOnlyList<ReminderRecipient>> RecipientsAsync(RegionScope scope, LearnerFilter filter, CancellationToken cancellationToken)
    {
        var rows = await statuses.AllAsync(scope, filter, cancellationToken);
        var ids = rows.Where(r => !r.Deactivated && r.Status != LearnerStatus.Certified && r.Email.Length > 0).Select(r => r.Id).ToList();
        var found = new List<ReminderRecipient>();

        // In slices, so no query carries thousands of parameters.
        foreach (var slice in ids.Chunk(500))
        {
            found.AddRange(await db.Users.AsNoTracking()
                .Where(u => slice.Contains(u.Id) && u.Email != null && u.DeactivatedAt == null)
                .Select(u => new ReminderRecipient(u.Id, u.Email!, u.DisplayName, u.PreferredLanguage ?? SiteCultures.Default))
                .ToListAsync(cancellationToken));
        }

        return [.. found.OrderBy(r => r.DisplayName, StringComparer.Create(CultureInfo.GetCultureInfo("fi"), ignoreCase: true))];
    }

    /// <summary>The mail in a language, addressed to <paramref name="name"/>.</summary>
    public ReminderMail Compose(string language, string name)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(SiteCultures.IsSupported(language) ? language : SiteCultures.Default);
        try
        {
            // The link from the configured public address, never from the request's Host header.
            return new ReminderMail(SiteCultures.Current, strings["Reminder.Subject", siteName.Current], strings["Reminder.Body", name, urls.Absolute("/dashboard")]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    public async Task SendAsync(IReadOnlyList<ReminderRecipient> recipients, CancellationToken cancellationToken)
    {
        foreach (var recipient in recipients)
        {
            var message = Compose(recipient.Language, recipient.DisplayName);
            await mail.SendAsync(recipient.Email, message.Subject, message.Body, recipient.Language, cancellationToken);
            notifier.Notify(recipient.UserId, NotificationKinds.Reminder, "/dashboard");
        }
    }
}
