using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Reads what <see cref="QuizStatistics"/> needs for a course's quiz: its submitted attempts and all their
/// answers in one query each (never one per attempt), and the versions they were taken on in one more.
/// </summary>
public sealed class QuizStatisticsLoader(TrainingDbContext db, QuizStatisticsCache cache)
{
    /// <summary>
    /// The statistics of the course's quiz; null when the course has no published quiz. With <paramref name="learnerIds"/>
    /// (a query on this context), only those learners' attempts count: a report's regional scope, applied in the SQL.
    /// </summary>
    public async Task<QuizStatisticsReport?> LoadAsync(string courseId, CancellationToken cancellationToken, IQueryable<string>? learnerIds = null)
    {
        var quizId = await db.Set<Quiz>().Where(q => q.CourseId == courseId).Select(q => q.Id).FirstOrDefaultAsync(cancellationToken);
        if (quizId is null)
        {
            return null;
        }

        var submitted = db.Set<QuizAttempt>().AsNoTracking().Where(a => a.QuizId == quizId && a.SubmittedAt != null);
        if (learnerIds is not null)
        {
            submitted = submitted.Where(a => learnerIds.Contains(a.UserId));
        }

        var attempts = await submitted
            .Select(a => new { a.Id, a.QuizVersionId, a.UserId, a.Number })
            .ToListAsync(cancellationToken);
        var versionIds = attempts.Select(a => a.QuizVersionId).Distinct().ToList();
        var versions = await db.Set<QuizVersion>().AsNoTracking()
            .Where(v => v.QuizId == quizId && (v.IsPublished || versionIds.Contains(v.Id)))
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var latest = versions.Values.FirstOrDefault(v => v.IsPublished);
        if (latest is null)
        {
            return null;
        }

        var key = QuizStatisticsCache.KeyOf(quizId, latest.Id, attempts.Select(a => (a.Id, a.QuizVersionId, a.UserId, a.Number)));
        if (cache.TryGet(key, out var known))
        {
            return known;
        }

        var answers = await db.Set<QuizAnswer>().AsNoTracking()
            .Where(answer => submitted.Any(a => a.Id == answer.AttemptId))
            .ToListAsync(cancellationToken);

        // A submitted attempt's answers never change, so the two reads agree on every attempt listed; the answers
        // of one submitted between them are simply not looked up.
        var byAttempt = answers.ToLookup(a => a.AttemptId);
        var report = QuizStatistics.Compute(latest, attempts.Select(a => new StatisticsAttempt(
            versions[a.QuizVersionId],
            a.UserId,
            a.Number,
            byAttempt[a.Id].ToDictionary(answer => answer.QuestionId, answer => answer.Chosen, StringComparer.Ordinal))));
        cache.Add(key, report);
        return report;
    }
}
