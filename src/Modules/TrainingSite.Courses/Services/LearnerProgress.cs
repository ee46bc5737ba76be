using Microsoft.EntityFrameworkCore;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Records which lessons a learner has opened and read. Writes are single upserts (INSERT ... ON CONFLICT,
/// the same on SQLite and PostgreSQL), so a double click or two tabs cannot make a duplicate row.
/// </summary>
public sealed class LearnerProgress(TrainingDbContext db)
{
    public async Task<IReadOnlyList<LessonProgress>> ForLearnerAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LessonProgress>> ForCourseAsync(string userId, string courseId, CancellationToken cancellationToken) =>
        await db.Set<LessonProgress>().AsNoTracking().Where(p => p.UserId == userId && p.CourseId == courseId).ToListAsync(cancellationToken);

    /// <summary>Remembers the lesson as the course's last opened one; no write when it already is.</summary>
    public async Task OpenedAsync(string userId, string courseId, string lessonId, IReadOnlyList<LessonProgress> courseProgress, CancellationToken cancellationToken)
    {
        if (LastOpened(courseProgress) == lessonId)
        {
            return;
        }

        var now = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "LessonProgress" ("UserId", "LessonId", "CourseId", "OpenedAt", "ReadAt") VALUES ({userId}, {lessonId}, {courseId}, {now}, NULL)
            ON CONFLICT ("UserId", "LessonId") DO UPDATE SET "OpenedAt" = excluded."OpenedAt"
            """,
            cancellationToken);
    }

    public async Task ReadAsync(string userId, string courseId, string lessonId, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO "LessonProgress" ("UserId", "LessonId", "CourseId", "OpenedAt", "ReadAt") VALUES ({userId}, {lessonId}, {courseId}, {now}, {now})
            ON CONFLICT ("UserId", "LessonId") DO UPDATE SET "ReadAt" = COALESCE("LessonProgress"."ReadAt", excluded."ReadAt")
            """,
            cancellationToken);
    }

    public static string? LastOpened(IEnumerable<LessonProgress> courseProgress) =>
        courseProgress.OrderByDescending(p => p.OpenedAt).FirstOrDefault()?.LessonId;

    /// <summary>Where "continue" leads: the last opened lesson if unread, else the first unread one; null when all are read.</summary>
    public static LessonOutline? Continue(CourseOutline course, IReadOnlyCollection<LessonProgress> courseProgress)
    {
        var read = courseProgress.Where(p => p.ReadAt is not null).Select(p => p.LessonId).ToHashSet();
        var last = LastOpened(courseProgress);
        return course.Lessons.FirstOrDefault(l => l.Id == last && !read.Contains(l.Id))
            ?? course.Lessons.FirstOrDefault(l => !read.Contains(l.Id));
    }
}
