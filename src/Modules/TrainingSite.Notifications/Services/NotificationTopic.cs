namespace TrainingSite.Notifications.Services;

/// <summary>
/// What a user chooses mail for: a topic groups kinds (a certificate issued or revoked; a new, updated or republished
/// lesson). A coordinator's reminder is a mail already (the reports module sends it), so its notification never
/// mails again and offers no choice.
/// </summary>
public enum NotificationTopic
{
    Certificates,
    Lessons,
    Reminders,
}
