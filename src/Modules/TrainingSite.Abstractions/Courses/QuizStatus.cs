namespace TrainingSite.Abstractions.Courses;

/// <summary>A learner's state in a course's quiz: whether the best attempt passed, its score, attempts used.</summary>
public sealed record QuizStatus(bool Passed, int? BestPercent, int Attempts)
{
    /// <summary>When the learner first passed (the course may count as complete from then); null when never.</summary>
    public DateTimeOffset? FirstPassedAt { get; init; }
}
