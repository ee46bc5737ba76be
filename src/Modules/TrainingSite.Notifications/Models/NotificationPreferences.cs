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

    /// <summary>Off unless chosen (<see cref="DefaultMailLessons"/>).</summary>
    public bool MailLessons { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
