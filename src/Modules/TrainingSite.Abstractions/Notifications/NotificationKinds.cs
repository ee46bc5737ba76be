namespace TrainingSite.Abstractions.Notifications;

/// <summary>The kinds of notification; stored as these strings, so never rename one.</summary>
public static class NotificationKinds
{
    public const string CertificateIssued = "certificate.issued";
    public const string CertificateRevoked = "certificate.revoked";

    /// <summary>A lesson published for the first time in a section the learner takes.</summary>
    public const string LessonNew = "lesson.new";

    /// <summary>A new version of a lesson the learners could already read.</summary>
    public const string LessonUpdated = "lesson.updated";

    /// <summary>A course published with new or changed lessons (the whole course at once).</summary>
    public const string CourseUpdated = "course.updated";

    /// <summary>A coordinator's reminder to continue (sent as a mail too, by the reports module).</summary>
    public const string Reminder = "reminder";

    public static readonly IReadOnlyList<string> All = [CertificateIssued, CertificateRevoked, LessonNew, LessonUpdated, CourseUpdated, Reminder];
}
