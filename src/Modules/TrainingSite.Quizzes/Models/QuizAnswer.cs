namespace TrainingSite.Quizzes.Models;

/// <summary>The learner's current answer to one question of an attempt, saved as it is given.</summary>
public class QuizAnswer
{
    public int AttemptId { get; set; }

    public required string QuestionId { get; set; }

    /// <summary>The chosen choice ids, comma-separated in the order given.</summary>
    public string ChoiceIds { get; set; } = string.Empty;

    public DateTimeOffset AnsweredAt { get; set; }

    public IReadOnlySet<string> Chosen => ChoiceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
}
