namespace TrainingSite.Abstractions.Reporting;

/// <summary>One submitted quiz attempt, as reports read it (composable in SQL like <see cref="LessonProgressFact"/>).</summary>
public sealed class QuizAttemptFact
{
    public int AttemptId { get; set; }

    public string UserId { get; set; } = string.Empty;

    public string CourseId { get; set; } = string.Empty;

    /// <summary>1 for the learner's first attempt at the quiz, 2 for the second ...</summary>
    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public int ScorePercent { get; set; }

    public bool Passed { get; set; }
}
