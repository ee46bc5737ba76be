using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services.Facts;

/// <summary>
/// Gives a report the current <see cref="ReportFacts"/>: the modules' change stamps are read first (three cheap
/// aggregate queries) and, when the data or the published courses changed since the cached facts were built, every
/// progress row, submitted attempt and certificate is read once, as a stream, and indexed per account. Reports then
/// count in memory, so a page's cost no longer grows with the progress table, only with the learners it shows.
/// </summary>
public sealed class ReportFactsSource(ILearningFacts learning, IQuizFacts quizzes, ICertificateFacts certificates, ReportFactsCache cache)
{
    public async Task<ReportFacts> LoadAsync(CancellationToken cancellationToken)
    {
        // The stamps before the data: facts read after them may be newer than their key (rebuilt once more), never older.
        var stamp = string.Join(
            '#',
            await learning.ChangeStampAsync(cancellationToken),
            await quizzes.ChangeStampAsync(cancellationToken),
            await certificates.ChangeStampAsync(cancellationToken));
        var courses = await learning.PublishedCoursesAsync(cancellationToken);
        return await cache.GetAsync($"{stamp}#{Signature(courses)}", token => BuildAsync(courses, token), cancellationToken);
    }

    /// <summary>What the counting depends on in the catalogue: which lessons are published in which course, and the quizzes.</summary>
    private static string Signature(IReadOnlyList<ReportedCourse> courses) =>
        string.Join(';', courses.Select(c => $"{c.Id}:{c.RegionId}:{c.HasQuiz}:{string.Join(',', c.Lessons.Select(l => $"{l.Id}@{l.FirstPublishedAt.UtcTicks}"))}"));

    private async Task<ReportFacts> BuildAsync(IReadOnlyList<ReportedCourse> courses, CancellationToken cancellationToken)
    {
        var facts = new ReportFacts(courses);
        var published = courses.ToDictionary(c => c.Id, c => c.Lessons.Select(l => l.Id).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var progress = learning.LessonProgress().Select(p => new { p.UserId, p.CourseId, p.LessonId, p.OpenedAt, p.ReadAt });
        await foreach (var row in progress.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var learner = facts.For(row.UserId);
            var course = learner.Course(row.CourseId);
            var read = row.ReadAt is not null;
            course.AddLesson(row.LessonId, row.ReadAt);
            if (read && published.TryGetValue(row.CourseId, out var lessons) && lessons.Contains(row.LessonId))
            {
                course.PublishedRead++;
            }

            learner.AddActivity(row.ReadAt is { } readAt && readAt > row.OpenedAt ? readAt : row.OpenedAt);
        }

        var attempts = quizzes.SubmittedAttempts().Select(a => new { a.UserId, a.CourseId, a.ScorePercent, a.Passed, a.SubmittedAt });
        await foreach (var attempt in attempts.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            var learner = facts.For(attempt.UserId);
            learner.Course(attempt.CourseId).AddAttempt(attempt.ScorePercent, attempt.Passed, attempt.SubmittedAt);
            learner.AddActivity(attempt.SubmittedAt);
        }

        var held = certificates.Certificates().Select(c => new { c.UserId, c.IssuedAt, Valid = c.RevokedAt == null });
        await foreach (var certificate in held.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            facts.For(certificate.UserId).AddCertificate(certificate.IssuedAt, certificate.Valid);
        }

        facts.Summarise();
        return facts;
    }
}
