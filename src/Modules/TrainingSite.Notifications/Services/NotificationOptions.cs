namespace TrainingSite.Notifications.Services;

/// <summary>Settings under <c>Notifications</c>.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    /// <summary>
    /// How often the mailer looks for pending mail when nothing woke it: a commit on this node wakes it at once, so
    /// this only covers notifications written by another node or a command, and a mailer that was busy.
    /// </summary>
    public TimeSpan MailPollInterval { get; set; } = TimeSpan.FromSeconds(30);
}
