namespace TrainingSite.Quizzes.Services;

/// <summary>A question's points: 1 right, 0 wrong, between them with partial credit.</summary>
public sealed record QuestionGrade(string QuestionId, double Points)
{
    public bool Correct => Points >= 1;
}
