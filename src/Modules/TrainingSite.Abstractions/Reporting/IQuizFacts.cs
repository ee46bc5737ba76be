namespace TrainingSite.Abstractions.Reporting;

/// <summary>Offered by the quizzes module to reports: submitted attempts, composable in SQL (see <see cref="ILearningFacts"/>).</summary>
public interface IQuizFacts
{
    IQueryable<QuizAttemptFact> SubmittedAttempts();
}
