using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Loads one learner's detail, only through the same scoped query as the list: a learner outside the caller's scope
/// is not found, exactly like an id that does not exist.
/// </summary>
public sealed class LearnerDetails(LearnerQueries queries, LearnerStatuses statuses, ILearningFacts learning, IQuizFacts quizzes, ICertificateFacts certificates)
{
    public async Task<LearnerDetail?> LoadAsync(RegionScope scope, string userId, CancellationToken cancellationToken)
    {
        var learner = await queries.Learners(scope, LearnerFilter.All).Where(l => l.Id == userId).FirstOrDefaultAsync(cancellationToken);
        if (learner is null)
        {
            return null;
        }

        var row = await statuses.RowAsync(learner, cancellationToken);
        var courses = (await learning.PublishedCoursesAsync(cancellationToken))
            .Where(c => c.IsNational || c.RegionId == learner.HomeRegionId)
            .ToList();
        var lessons = await learning.LessonProgress().Where(p => p.UserId == userId).ToListAsync(cancellationToken);
        var attempts = await quizzes.SubmittedAttempts().Where(a => a.UserId == userId).ToListAsync(cancellationToken);
        var held = await certificates.Certificates().Where(c => c.UserId == userId).ToListAsync(cancellationToken);
        return new LearnerDetail(
            row,
            courses,
            lessons.GroupBy(l => l.LessonId).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal),
            [.. attempts.OrderBy(a => a.CourseId, StringComparer.Ordinal).ThenBy(a => a.Number)],
            [.. held.OrderBy(c => c.IssuedAt)]);
    }
}
