using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Quizzes with a draft waiting to be published (the administration home counts them; a quiz's region is its course's);
/// a quiz of an archived course waits for nobody and is not counted.
/// </summary>
public sealed class DraftQuizzes(TrainingDbContext db, ICourseDirectory courses) : IDraftContent
{
    public RegionalRules Rules => QuizzesPermissions.Rules;

    public async Task<IReadOnlyList<string?>> DraftRegionsAsync(CancellationToken cancellationToken)
    {
        // A quiz has at most one draft; drafts are few, so each one's course is asked for its region.
        var courseIds = await db.Set<QuizVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<Quiz>(), v => v.QuizId, q => q.Id, (v, q) => q.CourseId)
            .ToListAsync(cancellationToken);
        var regions = new List<string?>();
        foreach (var courseId in courseIds)
        {
            var (exists, regionId) = await courses.RegionOfAsync(courseId, cancellationToken);
            if (exists && !await courses.IsArchivedAsync(courseId, cancellationToken))
            {
                regions.Add(regionId);
            }
        }

        return regions;
    }
}
