using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Notifications;

/// <summary>
/// Tells a user that something happened to them (a certificate issued, a reminder, new lessons), on /notifications
/// and, as the user chooses, by mail. <see cref="Notify"/> adds the notification to the request's database context
/// without saving, as <c>IAuditTrail.Record</c> does: the caller's own <c>SaveChangesAsync</c> writes it in the same
/// transaction as the change it announces, and its mail leaves only after that transaction commits.
/// </summary>
public interface INotifier
{
    /// <param name="userId">Who is told.</param>
    /// <param name="kind">One of <see cref="NotificationKinds"/>.</param>
    /// <param name="url">The subject's site-relative address (<c>/certificates</c>), which the notification links to.</param>
    /// <param name="subject">The subject's title in each language (a lesson's title), when the kind names one.</param>
    /// <param name="note">A short plain-text addition shown as written (a revocation's reason).</param>
    void Notify(string userId, string kind, string url, LocalizedText? subject = null, string? note = null);

    /// <summary>
    /// Tells every active learner of a section (<paramref name="regionId"/> null: the national part, which every
    /// learner takes) in one INSERT ... SELECT, not a query per learner. It runs at once, inside the caller's open
    /// transaction when there is one; a learner who still has an unread notification about the same address gets no
    /// second one.
    /// </summary>
    Task NotifyLearnersAsync(string? regionId, string kind, string url, LocalizedText subject, CancellationToken cancellationToken);

    /// <summary>
    /// Whether the user's mail choices (or the defaults) want a mail for <paramref name="kind"/>: for a module that
    /// writes the mail of a kind itself (the certificates module's "your certificate is ready", with its links).
    /// </summary>
    Task<bool> WantsMailAsync(string userId, string kind, CancellationToken cancellationToken);
}
