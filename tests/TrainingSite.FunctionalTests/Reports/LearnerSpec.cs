namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// One generated learner: who they are and exactly which facts the data set gives them, so a test can count what the
/// report should show without the report's code.
/// </summary>
public sealed record LearnerSpec(string Id, string Name, string Email, string? Organisation, string? Region, DateTimeOffset Registered, bool Deactivated)
{
    /// <summary>Lessons opened (lesson id, course id, opened at, read at).</summary>
    public List<(string LessonId, string CourseId, DateTimeOffset OpenedAt, DateTimeOffset? ReadAt)> Progress { get; } = [];

    /// <summary>Submitted attempts at the national quiz (score, passed, submitted at).</summary>
    public List<(int Score, bool Passed, DateTimeOffset SubmittedAt)> Attempts { get; } = [];

    /// <summary>The certificate, if any: issued at, and revoked or not.</summary>
    public (DateTimeOffset IssuedAt, bool Revoked)? Certificate { get; set; }

    public string? Language { get; init; }
}
