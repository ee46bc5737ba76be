using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;
using TrainingSite.Data;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Courses and lessons with a draft waiting to be published, in the user's publishing scope. Archived content waits
/// for nobody (it is hidden until restored), so its drafts are not counted.
/// </summary>
public sealed class DraftCourses(TrainingDbContext db, IRegionalAccess access) : IDraftContent
{
    public async Task<int?> CountDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, CoursesPermissions.Rules, RegionalOperation.Publish, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

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
        return courses.Concat(lessons).Count(scope.Includes);
    }
}
