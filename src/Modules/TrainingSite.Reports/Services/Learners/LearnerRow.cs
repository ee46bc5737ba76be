namespace TrainingSite.Reports.Services.Learners;

/// <summary>One learner as the learners report shows it (a table row, a CSV line).</summary>
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
    LearnerStatus Status)
{
    public bool Deactivated => DeactivatedAt is not null;
}
