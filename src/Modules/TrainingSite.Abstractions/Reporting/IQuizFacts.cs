namespace TrainingSite.Abstractions.Reporting;

/// <summary>Offered by the quizzes module to reports: submitted attempts, composable in SQL (see <see cref="ILearningFacts"/>).</summary>
public interface IQuizFacts
{
    IQueryable<QuizAttemptFact> SubmittedAttempts();

    /// <summary>
    /// Changes whenever a submitted attempt is added, removed or given a newer time: counts and latest times in one cheap
    /// query. Read it before the facts, so a cache keyed by it can hold older data than its key says, never newer.
    /// </summary>
    Task<string> ChangeStampAsync(CancellationToken cancellationToken);
}
