using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// After a revocation, whether the learner has completed again: made progress since the revocation (read a lesson or
/// passed a quiz after it). Together with the package being complete, that issues a new certificate; merely opening
/// a page does not, so a revocation is not undone by the next visit. Read through the facts the courses and quizzes
/// modules offer (the modules never reference each other).
/// </summary>
public sealed class RenewedCompletion(ILearningFacts lessons, IQuizFacts quizzes)
{
    public async Task<bool> SinceAsync(string userId, DateTimeOffset revokedAt, CancellationToken cancellationToken)
    {
        // One learner's rows are few; the times are compared here because SQLite cannot compare DateTimeOffset in SQL.
        var readTimes = await lessons.LessonProgress().Where(p => p.UserId == userId && p.ReadAt != null).Select(p => p.ReadAt!.Value).ToListAsync(cancellationToken);
        if (readTimes.Any(read => read > revokedAt))
        {
            return true;
        }

        var passTimes = await quizzes.SubmittedAttempts().Where(a => a.UserId == userId && a.Passed).Select(a => a.SubmittedAt).ToListAsync(cancellationToken);
        return passTimes.Any(passed => passed > revokedAt);
    }
}
