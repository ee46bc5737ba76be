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
}
