namespace TrainingSite.Quizzes.Models;

/// <summary>
/// One learner's attempt at a quiz version. Open until submitted; the question and choice order the learner
/// saw is stored, so a review shows the attempt as it was.
/// </summary>
public class QuizAttempt
{
    public int Id { get; set; }

    public required string QuizId { get; set; }

    public int QuizVersionId { get; set; }

    public required string UserId { get; set; }

    /// <summary>1 for the learner's first attempt at this quiz, 2 for the second ...</summary>
    public int Number { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public int? ScorePercent { get; set; }

    public bool? Passed { get; set; }

    public List<AttemptQuestion> Layout { get; set; } = [];

    public List<QuizAnswer> Answers { get; set; } = [];
}
