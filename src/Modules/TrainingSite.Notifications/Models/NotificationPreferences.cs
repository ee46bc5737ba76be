namespace TrainingSite.Notifications.Models;

/// <summary>
/// Which notifications a user also wants by mail. No row: the defaults (mail for certificates only). A coordinator's
/// reminder is itself a mail, so it has no choice here.
/// </summary>
public class NotificationPreferences
{
    public const bool DefaultMailCertificates = true;
    public const bool DefaultMailLessons = false;

    public required string UserId { get; set; }

    public bool MailCertificates { get; set; } = DefaultMailCertificates;

    public bool MailLessons { get; set; } = DefaultMailLessons;

    public DateTimeOffset UpdatedAt { get; set; }
}
