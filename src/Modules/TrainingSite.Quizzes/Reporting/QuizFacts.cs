using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Reporting;

/// <inheritdoc />
public sealed class QuizFacts(TrainingDbContext db) : IQuizFacts
{
    public IQueryable<QuizAttemptFact> SubmittedAttempts() =>
        from attempt in db.Set<QuizAttempt>().AsNoTracking()
        join quiz in db.Set<Quiz>() on attempt.QuizId equals quiz.Id
        where attempt.SubmittedAt != null
        select new QuizAttemptFact
        {
            AttemptId = attempt.Id,
            UserId = attempt.UserId,
            CourseId = quiz.CourseId,
            Number = attempt.Number,
            StartedAt = attempt.StartedAt,
            SubmittedAt = attempt.SubmittedAt!.Value,
            ScorePercent = attempt.ScorePercent ?? 0,
            Passed = attempt.Passed == true,
        };

    // An attempt's score is written in the transaction that sets SubmittedAt (QuizAttempts.SubmitAsync).
    public Task<string> ChangeStampAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(
            """
            SELECT CAST((SELECT COUNT(*) FROM "QuizAttempts" WHERE "SubmittedAt" IS NOT NULL) AS TEXT)
                || '|' || COALESCE(CAST((SELECT MAX("SubmittedAt") FROM "QuizAttempts") AS TEXT), '') AS "Value"
            """).SingleAsync(cancellationToken);
}
