using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Observability;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Starting, answering and submitting attempts. Every answer is written as it is given (one upsert), so a
/// closed browser or a restarted server loses nothing; an answer to a submitted attempt is refused by the
/// same statement that would write it, and submitting is one conditional update, so it happens once.
/// </summary>
public sealed class QuizAttempts(TrainingDbContext db, QuizVersionCache versions, SiteMetrics metrics, ICourseDirectory courses)
{
    /// <summary>
    /// The course's quiz and its published version; null when the course is archived (hidden from learners, its
    /// attempts kept). One query for the quiz, as every answer save asks it, and one primary-key lookup for the archive.
    /// </summary>
    public async Task<(Quiz Quiz, QuizVersion Version)?> PublishedForCourseAsync(string courseId, CancellationToken cancellationToken)
    {
        var published = await (
            from quiz in db.Set<Quiz>().AsNoTracking()
            join version in db.Set<QuizVersion>() on quiz.Id equals version.QuizId
            where quiz.CourseId == courseId && version.IsPublished
            select new { quiz.Id, quiz.CourseId, quiz.CreatedAt, VersionId = version.Id }).FirstOrDefaultAsync(cancellationToken);
        return published is null || await courses.IsArchivedAsync(courseId, cancellationToken)
            ? null
            : (new Quiz { Id = published.Id, CourseId = published.CourseId, CreatedAt = published.CreatedAt }, await versions.GetAsync(published.VersionId, cancellationToken));
    }

    public Task<QuizVersion> VersionAsync(int versionId, CancellationToken cancellationToken) => versions.GetAsync(versionId, cancellationToken);

    public Task<List<QuizAttempt>> ForLearnerAsync(string userId, string quizId, CancellationToken cancellationToken) =>
        db.Set<QuizAttempt>().AsNoTracking().Where(a => a.UserId == userId && a.QuizId == quizId).OrderBy(a => a.Number).ToListAsync(cancellationToken);

    /// <summary>The learner's own attempt with its answers; null for anyone else's.</summary>
    public Task<QuizAttempt?> LoadAsync(int attemptId, string userId, CancellationToken cancellationToken) =>
        db.Set<QuizAttempt>().AsNoTracking().Include(a => a.Answers).FirstOrDefaultAsync(a => a.Id == attemptId && a.UserId == userId, cancellationToken);

    /// <summary>
    /// The learner's attempt at this course's published quiz, with the version it was taken on; null when the
    /// attempt is someone else's, or belongs to another course's quiz (the pages answer 404 then).
    /// </summary>
    public async Task<(QuizAttempt Attempt, QuizVersion Version)?> ForCourseAsync(string courseId, int attemptId, string userId, CancellationToken cancellationToken)
    {
        var attempt = await LoadAsync(attemptId, userId, cancellationToken);
        var published = await PublishedForCourseAsync(courseId, cancellationToken);
        if (attempt is null || published is null || published.Value.Quiz.Id != attempt.QuizId)
        {
            return null;
        }

        return (attempt, await VersionAsync(attempt.QuizVersionId, cancellationToken));
    }

    /// <summary>Continues the open attempt, or starts one on the published version when the limit allows.</summary>
    public async Task<QuizAttempt?> StartAsync(string userId, Quiz quiz, QuizVersion version, CancellationToken cancellationToken)
    {
        var attempts = await ForLearnerAsync(userId, quiz.Id, cancellationToken);
        if (attempts.FirstOrDefault(a => a.SubmittedAt is null) is { } open)
        {
            return open;
        }

        if (version.MaxAttempts is { } max && attempts.Count >= max)
        {
            return null;
        }

        var attempt = new QuizAttempt
        {
            QuizId = quiz.Id,
            QuizVersionId = version.Id,
            UserId = userId,
            Number = attempts.Count + 1,
            StartedAt = DateTimeOffset.UtcNow,
            Layout = AttemptLayout.For(version, Random.Shared),
        };
        db.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return attempt;
        }
        catch (DbUpdateException)
        {
            // Two tabs started at once: the unique index let one through; continue that one.
            db.ChangeTracker.Clear();
            return (await ForLearnerAsync(userId, quiz.Id, cancellationToken)).FirstOrDefault(a => a.SubmittedAt is null);
        }
    }

    /// <summary>Saves an answer; false when the attempt is already submitted (nothing is written then).</summary>
    public async Task<bool> SaveAnswerAsync(int attemptId, string questionId, IReadOnlyList<string> choiceIds, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var choices = string.Join(',', choiceIds);
        var written = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "QuizAnswers" ("AttemptId", "QuestionId", "ChoiceIds", "AnsweredAt")
            SELECT {attemptId}, {questionId}, {choices}, {now} WHERE EXISTS (SELECT 1 FROM "QuizAttempts" WHERE "Id" = {attemptId} AND "SubmittedAt" IS NULL)
            ON CONFLICT ("AttemptId", "QuestionId") DO UPDATE SET "ChoiceIds" = excluded."ChoiceIds", "AnsweredAt" = excluded."AnsweredAt"
            """,
            cancellationToken);
        if (written > 0)
        {
            metrics.AnswerSaved();
        }

        return written > 0;
    }

    /// <summary>Submits and grades the attempt once; null when it was already submitted.</summary>
    public async Task<QuizGrade?> SubmitAsync(int attemptId, QuizVersion version, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var claimed = await db.Set<QuizAttempt>()
            .Where(a => a.Id == attemptId && a.SubmittedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.SubmittedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return null;
        }

        var answers = await db.Set<QuizAnswer>().AsNoTracking().Where(a => a.AttemptId == attemptId).ToListAsync(cancellationToken);
        var grade = QuizGrader.Grade(version, answers.ToDictionary(a => a.QuestionId, a => a.Chosen));
        await db.Set<QuizAttempt>().Where(a => a.Id == attemptId)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.ScorePercent, grade.Percent).SetProperty(a => a.Passed, grade.Passed), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        metrics.AttemptGraded(grade.Passed);
        return grade;
    }
}
