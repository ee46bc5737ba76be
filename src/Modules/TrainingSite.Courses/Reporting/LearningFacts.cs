using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;
using TrainingSite.Data;

namespace TrainingSite.Courses.Reporting;

/// <inheritdoc />
public sealed class LearningFacts(CourseCatalog catalog, TrainingDbContext db) : ILearningFacts
{
    public async Task<IReadOnlyList<ReportedCourse>> PublishedCoursesAsync(CancellationToken cancellationToken)
    {
        var courses = await catalog.PublishedAsync(cancellationToken);
        return [.. courses.Select(c => new ReportedCourse(
            c.Id, c.RegionId, c.Order, c.Title, c.HasQuiz, [.. c.Lessons.Select(l => new ReportedLesson(l.Id, l.Order, l.Title, l.Minutes) { FirstPublishedAt = l.FirstPublishedAt })]))];
    }

    public IQueryable<LessonProgressFact> LessonProgress() =>
        db.Set<LessonProgress>().AsNoTracking().Select(p => new LessonProgressFact
        {
            UserId = p.UserId,
            LessonId = p.LessonId,
            CourseId = p.CourseId,
            OpenedAt = p.OpenedAt,
            ReadAt = p.ReadAt,
        });

    // Opening moves OpenedAt, and reading sets ReadAt, to now, so the latest of each changes; removals change the count.
    // Each part is its own subquery so both databases answer the latest times from their indexes.
    public Task<string> ChangeStampAsync(CancellationToken cancellationToken) =>
        db.Database.SqlQueryRaw<string>(
            """
            SELECT CAST((SELECT COUNT(*) FROM "LessonProgress") AS TEXT)
                || '|' || COALESCE(CAST((SELECT MAX("OpenedAt") FROM "LessonProgress") AS TEXT), '')
                || '|' || COALESCE(CAST((SELECT MAX("ReadAt") FROM "LessonProgress") AS TEXT), '') AS "Value"
            """).SingleAsync(cancellationToken);
}
