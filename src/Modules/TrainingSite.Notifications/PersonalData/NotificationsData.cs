using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.Data;
using TrainingSite.Notifications.Models;
using TrainingSite.Notifications.Services;

namespace TrainingSite.Notifications.PersonalData;

/// <summary>
/// A person's notifications (what they were told, when, whether read) and their mail choices. On deletion both are
/// deleted: a notification is about one person and worth nothing without them.
/// </summary>
public sealed class NotificationsData(TrainingDbContext db, IStringLocalizer<NotificationsStrings> strings) : IPersonalDataSource
{
    public string Section => "notifications";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var notifications = await db.Set<Notification>().AsNoTracking().Where(n => n.UserId == subject.UserId).OrderBy(n => n.Id).ToListAsync(cancellationToken);
        var preferences = await db.Set<NotificationPreferences>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == subject.UserId, cancellationToken);
        var rows = notifications.Select(n => new
        {
            n.Kind,
            Text = NotificationText.Message(strings, n),
            n.Url,
            n.Subject,
            n.Note,
            CreatedAt = DateTime.SpecifyKind(n.CreatedAt, DateTimeKind.Utc),
            ReadAt = n.ReadAt is { } read ? DateTime.SpecifyKind(read, DateTimeKind.Utc) : (DateTime?)null,
        }).ToList();
        var data = new
        {
            Notifications = rows,
            MailPreferences = new
            {
                MailCertificates = preferences?.MailCertificates ?? NotificationPreferences.DefaultMailCertificates,
                MailLessons = preferences?.MailLessons ?? NotificationPreferences.DefaultMailLessons,
                Chosen = preferences is not null,
            },
        };
        return new(strings["PersonalData.Title"], [strings.Count("PersonalData.Notifications", rows.Count)], data);
    }

    public async Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken)
    {
        var userId = erasure.Subject.UserId;
        await db.Set<Notification>().Where(n => n.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<NotificationPreferences>().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }
}
