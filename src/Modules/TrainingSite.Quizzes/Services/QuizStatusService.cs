using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>Tells the courses module which courses have a quiz and how a learner has done: the best attempt counts.</summary>
public sealed class QuizStatusService(TrainingDbContext db) : ICourseQuizStatus
{
    public async Task<IReadOnlySet<string>> CoursesWithQuizAsync(CancellationToken cancellationToken) =>
        (await (from quiz in db.Set<Quiz>()
                join version in db.Set<QuizVersion>() on quiz.Id equals version.QuizId
                where version.IsPublished
                select quiz.CourseId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

    public async Task<IReadOnlyDictionary<string, QuizStatus>> ForLearnerAsync(string userId, IReadOnlyCollection<string> courseIds, CancellationToken cancellationToken)
    {
        var quizzes = await db.Set<Quiz>().AsNoTracking().Where(q => courseIds.Contains(q.CourseId)).Select(q => new { q.Id, q.CourseId }).ToListAsync(cancellationToken);
        var quizIds = quizzes.Select(q => q.Id).ToList();
        var attempts = await db.Set<QuizAttempt>().AsNoTracking()
            .Where(a => a.UserId == userId && quizIds.Contains(a.QuizId))
            .Select(a => new { a.QuizId, a.SubmittedAt, a.ScorePercent, a.Passed })
            .ToListAsync(cancellationToken);
        var byQuiz = attempts.ToLookup(a => a.QuizId);
        var withQuiz = await CoursesWithQuizAsync(cancellationToken);
        return quizzes.Where(q => withQuiz.Contains(q.CourseId)).ToDictionary(
            q => q.CourseId,
            q =>
            {
                var submitted = byQuiz[q.Id].Where(a => a.SubmittedAt is not null).ToList();
                var passed = submitted.Where(a => a.Passed == true).ToList();
                return new QuizStatus(passed.Count > 0, submitted.Count == 0 ? null : submitted.Max(a => a.ScorePercent), byQuiz[q.Id].Count())
                {
                    FirstPassedAt = passed.Count == 0 ? null : passed.Min(a => a.SubmittedAt),
                };
            });
    }
}
