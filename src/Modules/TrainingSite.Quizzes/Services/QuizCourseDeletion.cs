using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Core.Content;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Names the learners whose attempts a course's quiz holds, and removes a deleted course's quiz with its attempts and
/// answers inside the courses module's transaction; the quiz's deletion event is saved by that module's SaveChanges,
/// in the same transaction.
/// </summary>
public sealed class QuizCourseDeletion(TrainingDbContext db, ICourseDirectory courses, IAuditTrail audit) : ICourseDeletionListener
{
    /// <summary>The learners who started an attempt at the course's quiz (submitted or not).</summary>
    public async Task<IReadOnlyCollection<string>> LearnersAsync(string courseId, CancellationToken cancellationToken)
    {
        var quizIds = db.Set<Quiz>().Where(q => q.CourseId == courseId).Select(q => q.Id);
        return await db.Set<QuizAttempt>().AsNoTracking().Where(a => quizIds.Contains(a.QuizId)).Select(a => a.UserId).Distinct().ToListAsync(cancellationToken);
    }

    public async Task CourseDeletingAsync(string courseId, CancellationToken cancellationToken)
    {
        var quizIds = db.Set<Quiz>().Where(q => q.CourseId == courseId).Select(q => q.Id);
        var (_, regionId) = await courses.RegionOfAsync(courseId, cancellationToken);
        foreach (var quiz in await db.Set<Quiz>().AsNoTracking().Include(q => q.Versions).Where(q => q.CourseId == courseId).ToListAsync(cancellationToken))
        {
            var latest = VersionWorkflow.Latest(quiz.Versions);
            audit.Record(new AuditRecord(AuditKinds.ContentDeleted, AuditItemTypes.Quiz, quiz.Id, latest is null ? quiz.Id : AuditTitle.Of(latest.Title), regionId, $"with course {courseId}")
            {
                VersionNumber = latest?.Number,
            });
        }

        // Attempts point at versions with a restricting key, so they go first; answers go with their attempts.
        await db.Set<QuizAttempt>().Where(a => quizIds.Contains(a.QuizId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Quiz>().Where(q => q.CourseId == courseId).ExecuteDeleteAsync(cancellationToken);
    }
}
