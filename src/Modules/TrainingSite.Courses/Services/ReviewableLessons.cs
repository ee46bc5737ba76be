using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// The lessons for the review list: each lesson's latest version (draft, else live) with its review date. Archived
/// lessons and the lessons of archived courses are left out: no one reads them until they are restored.
/// </summary>
public sealed class ReviewableLessons(TrainingDbContext db) : IReviewableContent
{
    public async Task<IReadOnlyList<ReviewableItem>> ListAsync(IReadOnlySet<string>? regions, CancellationToken cancellationToken)
    {
        // Only the draft and the live version matter; bodies stay in the database.
        var rows = await db.Set<LessonVersion>().AsNoTracking()
            .Where(v => v.IsPublished || v.PublishedAt == null)
            .Join(db.Set<Lesson>().Where(l => l.ArchivedAt == null), v => v.LessonId, l => l.Id, (v, l) => new { Version = v, Lesson = l })
            .Join(
                db.Set<Course>().Where(c => c.ArchivedAt == null && (regions == null || (c.RegionId != null && regions.Contains(c.RegionId)))),
                x => x.Lesson.CourseId,
                c => c.Id,
                (x, c) => new { x.Lesson.Id, x.Lesson.CourseId, c.RegionId, x.Version.IsPublished, x.Version.Title, x.Version.ReviewedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var latest = g.FirstOrDefault(r => !r.IsPublished) ?? g.First();
            return new ReviewableItem(
                ReviewableKinds.Lesson, latest.Id, latest.Title, latest.RegionId, latest.ReviewedOn, $"/authoring/courses/{latest.CourseId}/lessons/{latest.Id}");
        })];
    }
}
