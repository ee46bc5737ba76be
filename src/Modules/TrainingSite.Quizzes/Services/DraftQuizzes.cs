using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Quizzes with a draft waiting to be published, in the user's publishing scope (a quiz's region is its course's);
/// a quiz of an archived course waits for nobody and is not counted.
/// </summary>
public sealed class DraftQuizzes(TrainingDbContext db, IRegionalAccess access, ICourseDirectory courses) : IDraftContent
{
    public async Task<int?> CountDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, QuizzesPermissions.Rules, RegionalOperation.Publish, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

        // A quiz has at most one draft; drafts are few, so each one's course is asked for its region.
        var courseIds = await db.Set<QuizVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<Quiz>(), v => v.QuizId, q => q.Id, (v, q) => q.CourseId)
            .ToListAsync(cancellationToken);
        var count = 0;
        foreach (var courseId in courseIds)
        {
            var (exists, regionId) = await courses.RegionOfAsync(courseId, cancellationToken);
            var waiting = exists && scope.Includes(regionId) && !await courses.IsArchivedAsync(courseId, cancellationToken);
            count += waiting ? 1 : 0;
        }

        return count;
    }
}
