namespace TrainingSite.Quizzes.Models;

/// <summary>The knowledge check at the end of a course (one per course).</summary>
public class Quiz
{
    public required string Id { get; set; }

    public required string CourseId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<QuizVersion> Versions { get; set; } = [];
}
