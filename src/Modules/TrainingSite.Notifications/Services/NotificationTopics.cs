using TrainingSite.Abstractions.Notifications;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <summary>Which topic a kind belongs to, and whether a user's choices want its mail.</summary>
public static class NotificationTopics
{
    public static NotificationTopic Of(string kind) => kind switch
    {
        NotificationKinds.CertificateIssued or NotificationKinds.CertificateRevoked => NotificationTopic.Certificates,
        NotificationKinds.Reminder => NotificationTopic.Reminders,
        _ => NotificationTopic.Lessons,
    };

    /// <summary>
    /// Whether this module mails a notification of this kind at all (the preferences decide whether it does). Not a
    /// reminder, which is a mail already, nor an issued certificate, whose mail the certificates module writes (the
    /// links to its PDFs and verification) after asking <see cref="Notifier.WantsMailAsync"/>: one mail, never two.
    /// </summary>
    public static bool MayMail(string kind) => Of(kind) != NotificationTopic.Reminders && kind != NotificationKinds.CertificateIssued;

    /// <summary>Whether these preferences (null: the defaults) want a mail for this kind.</summary>
    public static bool WantsMail(string kind, NotificationPreferences? preferences) => Of(kind) switch
    {
        NotificationTopic.Certificates => preferences?.MailCertificates ?? NotificationPreferences.DefaultMailCertificates,
        NotificationTopic.Lessons => preferences?.MailLessons ?? NotificationPreferences.DefaultMailLessons,
        _ => false,
    };
}
