namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// One learner as the reports show it (a table row, a CSV line); <see cref="CoursesStarted"/> and
/// <see cref="CoursesComplete"/> (published course ids) feed the dashboard's per-course counts.
/// </summary>
public sealed record LearnerRow(
    string Id,
    string DisplayName,
    string Email,
    string? Organisation,
    string? HomeRegionId,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? DeactivatedAt,
    DateTimeOffset? LastActivity,
    PartProgress National,
    PartProgress Section,
    IReadOnlyDictionary<string, int> BestScores,
    CertificateState Certificate,
    DateTimeOffset? CertificateIssuedAt,
    LearnerStatus Status,
    IReadOnlySet<string> CoursesStarted,
    IReadOnlySet<string> CoursesComplete,
    bool RecentlyActive)
{
    public bool Deactivated => DeactivatedAt is not null;
}
