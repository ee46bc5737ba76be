namespace TrainingSite.Benchmarks;

/// <summary>An account as the reports benchmark writes it (AspNetUsers, its roles and coordinated regions).</summary>
public sealed record SeedUser(
    string Id,
    string Email,
    string DisplayName,
    string? Organisation,
    string? HomeRegionId,
    string Language,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> CoordinatedRegions)
{
    public DateTimeOffset? DeactivatedAt { get; init; }

    /// <summary>Set on the anonymous stand-ins a deleted account leaves behind (no e-mail, no role).</summary>
    public DateTimeOffset? ErasedAt { get; init; }
}

public sealed record ProgressRow(string UserId, string LessonId, string CourseId, DateTimeOffset OpenedAt, DateTimeOffset? ReadAt);

/// <summary>A submitted attempt with its answers; <see cref="Layout"/> is the attempt's JSON as the site stores it.</summary>
public sealed record AttemptRow(
    int Id, string QuizId, int QuizVersionId, string UserId, int Number, DateTimeOffset StartedAt, DateTimeOffset SubmittedAt, int ScorePercent, bool Passed, string Layout, IReadOnlyList<AnswerRow> Answers);

public sealed record AnswerRow(int AttemptId, string QuestionId, string ChoiceIds, DateTimeOffset AnsweredAt);

/// <summary>A certificate row; the localized and list columns are already JSON as the site stores them.</summary>
public sealed record CertificateRow(
    string UserId, string Code, string HolderName, string RegionId, string RegionName, string Issuer, DateTimeOffset CompletedAt, string Courses, DateTimeOffset? RevokedAt, string? RevocationReason, string? RevokedBy);

public sealed record AuditRow(
    DateTimeOffset OccurredAt, string Kind, string? ActorId, string ActorName, string? ClientAddress, string ItemType, string? ItemId, string? ItemTitle, string? RegionId, int? VersionNumber, string? Details);
