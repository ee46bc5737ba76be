using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Per course, how many of a set of learners started it (opened a lesson or submitted its quiz) and completed it, by
/// the courses module's rule (every published lesson read and, with a quiz, an attempt passed; the same rule
/// <c>LearnerRowBuilder</c> applies per learner). SQL returns a histogram, one row per course, lessons read and quiz
/// passed or not; the comparison with each course's number of lessons is made here on those few rows.
/// </summary>
public sealed class CourseCounts(ILearningFacts learning, IQuizFacts quizzes)
{
    public async Task<IReadOnlyDictionary<string, (int Started, int Completed)>> CountAsync(
        IQueryable<string> userIds, IReadOnlyList<ReportedCourse> courses, CancellationToken cancellationToken)
    {
        var lessonIds = courses.SelectMany(c => c.Lessons).Select(l => l.Id).ToList();
        var progress = learning.LessonProgress();
        var passed = quizzes.SubmittedAttempts().Where(a => a.Passed);
        var histogram = await progress
            .Where(p => userIds.Contains(p.UserId))
            .GroupBy(p => new { p.CourseId, p.UserId })
            .Select(g => new { g.Key.CourseId, g.Key.UserId, Read = g.Count(p => p.ReadAt != null && lessonIds.Contains(p.LessonId)) })
            .Select(x => new { x.CourseId, x.Read, Passed = passed.Any(a => a.UserId == x.UserId && a.CourseId == x.CourseId) })
            .GroupBy(x => new { x.CourseId, x.Read, x.Passed })
            .Select(g => new { g.Key.CourseId, g.Key.Read, g.Key.Passed, Count = g.Count() })
            .ToListAsync(cancellationToken);

        // Learners who submitted a course's quiz without opening any of its lessons have started it too.
        var quizOnly = await quizzes.SubmittedAttempts()
            .Where(a => userIds.Contains(a.UserId) && !progress.Any(p => p.UserId == a.UserId && p.CourseId == a.CourseId))
            .Select(a => new { a.CourseId, a.UserId })
            .Distinct()
            .GroupBy(a => a.CourseId)
            .Select(g => new { Course = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.Course, r => r.Count, cancellationToken);

        return courses.ToDictionary(
            c => c.Id,
            c =>
            {
                var rows = histogram.Where(h => h.CourseId == c.Id).ToList();
                var completed = c.Lessons.Count == 0 ? 0 : rows.Where(h => h.Read >= c.Lessons.Count && (!c.HasQuiz || h.Passed)).Sum(h => h.Count);
                return (rows.Sum(h => h.Count) + quizOnly.GetValueOrDefault(c.Id), completed);
            });
    }
}
