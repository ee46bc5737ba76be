using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Courses and lessons with a draft waiting to be published (the administration home counts them). Archived content waits
/// for nobody (it is hidden until restored), so its drafts are not counted.
/// </summary>
public sealed class DraftCourses(TrainingDbContext db) : IDraftContent
{
    public RegionalRules Rules => CoursesPermissions.Rules;

    public async Task<IReadOnlyList<string?>> DraftRegionsAsync(CancellationToken cancellationToken)
    {
        // An item has at most one draft, so a draft version is a waiting item; only its course's region is read.
        var courses = await db.Set<CourseVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<Course>().Where(c => c.ArchivedAt == null), v => v.CourseId, c => c.Id, (v, c) => c.RegionId)
            .ToListAsync(cancellationToken);
        var lessons = await db.Set<LessonVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<Lesson>().Where(l => l.ArchivedAt == null), v => v.LessonId, l => l.Id, (v, l) => l)
            .Join(db.Set<Course>().Where(c => c.ArchivedAt == null), l => l.CourseId, c => c.Id, (l, c) => c.RegionId)
            .ToListAsync(cancellationToken);
        return [.. courses, .. lessons];
    }
}
