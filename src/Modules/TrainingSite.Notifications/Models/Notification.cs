using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Notifications.Models;

/// <summary>One thing a user was told (see <see cref="TrainingSite.Abstractions.Notifications.INotifier"/>).</summary>
public class Notification
{
    public const int KindMaxLength = 50;
    public const int UrlMaxLength = 400;
    public const int NoteMaxLength = 500;

    public long Id { get; set; }

    public required string UserId { get; set; }

    /// <summary>One of <see cref="TrainingSite.Abstractions.Notifications.NotificationKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The subject's site-relative address.</summary>
    public required string Url { get; set; }

    /// <summary>The subject's title in each language; empty when the kind names none.</summary>
    public LocalizedText Subject { get; set; } = LocalizedText.Empty;

    public string? Note { get; set; }

    /// <summary>In UTC; a <see cref="DateTime"/> so SQLite can order by it in SQL (as the audit trail does).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>Null while unread.</summary>
    public DateTime? ReadAt { get; set; }

    /// <summary>
    /// The mail outbox: true while a mail may be due. The mailer claims the row (sets it false) before it sends, so
    /// two nodes never send the same mail, and decides by the user's preference at that moment.
    /// </summary>
    public bool MailPending { get; set; }
}
