using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Data.Conversions;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <inheritdoc />
public sealed class Notifier(TrainingDbContext db, NotificationMailSignal signal, NotificationPreferencesStore preferences, TimeProvider clock) : INotifier
{
    public async Task<bool> WantsMailAsync(string userId, string kind, CancellationToken cancellationToken) =>
        NotificationTopics.WantsMail(kind, await preferences.ForAsync(userId, cancellationToken));

    public void Notify(string userId, string kind, string url, LocalizedText? subject = null, string? note = null)
    {
        // Whether the user wants the mail is decided by the mailer, by their preferences when it sends.
        var mayMail = NotificationTopics.MayMail(kind);
        db.Add(new Notification
        {
            UserId = userId,
            Kind = kind,
            Url = Truncate(url, Notification.UrlMaxLength)!,
            Subject = subject ?? LocalizedText.Empty,
            Note = Truncate(note, Notification.NoteMaxLength),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            MailPending = mayMail,
        });
        if (mayMail)
        {
            signal.Watch(db);
        }
    }

    public async Task NotifyLearnersAsync(string? regionId, string kind, string url, LocalizedText subject, CancellationToken cancellationToken)
    {
        // Only learners who chose mail for the topic get a pending mail: the mailer then reads those rows, not every one.
        (string? Column, bool Default) preference = NotificationTopics.Of(kind) switch
        {
            NotificationTopic.Certificates => ("MailCertificates", NotificationPreferences.DefaultMailCertificates),
            NotificationTopic.Lessons => ("MailLessons", NotificationPreferences.DefaultMailLessons),
            _ => (null, false),
        };
        var mail = preference.Column is { } column ? $"COALESCE(p.\"{column}\", {{5}})" : "{5}";
        var region = regionId is null ? string.Empty : "AND u.\"HomeRegionId\" = {6}";
        object[] values = [kind, Truncate(url, Notification.UrlMaxLength)!, LocalizedTextConverter.Serialize(subject), clock.GetUtcNow().UtcDateTime, Roles.Learner, preference.Default];
        object[] parameters = regionId is null ? values : [.. values, regionId];

        // One statement however many learners; both providers read the same SQL (quoted names, parameters only).
#pragma warning disable EF1002 // The interpolated parts are the constant fragments above; every value is a parameter.
        var inserted = await db.Database.ExecuteSqlRawAsync(
            $$"""
            INSERT INTO "Notifications" ("UserId", "Kind", "Url", "Subject", "CreatedAt", "MailPending")
            SELECT u."Id", {0}, {1}, {2}, {3}, {{mail}}
            FROM "AspNetUsers" u
            LEFT JOIN "NotificationPreferences" p ON p."UserId" = u."Id"
            WHERE u."DeactivatedAt" IS NULL AND u."ErasedAt" IS NULL {{region}}
              AND EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" r ON r."Id" = ur."RoleId" WHERE ur."UserId" = u."Id" AND r."Name" = {4})
              AND NOT EXISTS (SELECT 1 FROM "Notifications" n WHERE n."UserId" = u."Id" AND n."Url" = {1} AND n."ReadAt" IS NULL)
            """,
            parameters,
            cancellationToken);
#pragma warning restore EF1002
        if (inserted > 0 && preference.Column is not null)
        {
            if (db.Database.CurrentTransaction is null)
            {
                signal.Pulse();
            }
            else
            {
                signal.Watch(db);
            }
        }
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
