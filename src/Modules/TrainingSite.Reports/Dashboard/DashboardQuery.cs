using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Data;
using TrainingSite.Data.Identity;
using TrainingSite.Reports.Services;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Computes the dashboard with aggregate SQL over the reporting facts: counts grouped by home region (a handful of
/// rows), course counts grouped by course, and only the selection's certificates in the period loaded as rows (for
/// the median and the weekly series). DateTimeOffset comparisons are written as <c>CompareTo(x) &gt;= 0</c>, the form
/// EF Core translates on SQLite too, where the values are ISO 8601 text in UTC and compare as text.
/// </summary>
public sealed class DashboardQuery(
    TrainingDbContext db, ILearningFacts learning, IQuizFacts quizzes, ICertificateFacts certificates, TimeProvider time)
{
    /// <summary>Active means a lesson opened or read, or a quiz submitted, in this many days before now.</summary>
    public const int ActiveDays = 30;

    /// <param name="scope">Every learner the user may see: the national comparison's rows.</param>
    /// <param name="selection">The learners the dashboard counts (the region picker's choice, within <paramref name="scope"/>).</param>
    public async Task<DashboardReport> LoadAsync(LearnerSelection scope, LearnerSelection selection, ReportPeriod period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = period.Since(now);
        var comparison = await RegionRowsAsync(scope, since, now, cancellationToken);
        var totals = RegionFigures.Sum(null, comparison.Where(r => selection.Includes(r.RegionId)));
        var courses = await CourseRowsAsync(selection, since, cancellationToken);
        var (certificateFigures, weeks) = await CertificatesAsync(selection, since, now, cancellationToken);
        var funnel = new FunnelFigures(totals.RegisteredInPeriod, totals.Started, 0, 0, totals.Certified);
        return new DashboardReport(period, totals, comparison, courses, funnel, certificateFigures, weeks);
    }

    /// <summary>The learners of the selection who registered in the period (all of them for all time).</summary>
    private IQueryable<TrainingUser> Cohort(LearnerSelection selection, DateTimeOffset? since) =>
        since is { } start ? selection.Learners(db).Where(u => u.CreatedAt.CompareTo(start) >= 0) : selection.Learners(db);

    private async Task<IReadOnlyList<RegionFigures>> RegionRowsAsync(LearnerSelection scope, DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var progress = learning.LessonProgress();
        var attempts = quizzes.SubmittedAttempts();
        var valid = certificates.Certificates().Where(c => c.RevokedAt == null);
        var activeSince = now.AddDays(-ActiveDays);
        var cohort = Cohort(scope, since);

        var registered = await CountByRegionAsync(scope.Learners(db), cancellationToken);
        var inPeriod = await CountByRegionAsync(cohort, cancellationToken);
        var active = await CountByRegionAsync(
            scope.Learners(db).Where(u =>
                progress.Any(p => p.UserId == u.Id && (p.OpenedAt.CompareTo(activeSince) >= 0 || (p.ReadAt != null && p.ReadAt.Value.CompareTo(activeSince) >= 0)))
                || attempts.Any(a => a.UserId == u.Id && a.SubmittedAt.CompareTo(activeSince) >= 0)),
            cancellationToken);
        var started = await CountByRegionAsync(
            cohort.Where(u => progress.Any(p => p.UserId == u.Id) || attempts.Any(a => a.UserId == u.Id)), cancellationToken);
        var certified = await CountByRegionAsync(cohort.Where(u => valid.Any(c => c.UserId == u.Id)), cancellationToken);

        return [.. registered.Keys.Order(StringComparer.Ordinal).Select(region => new RegionFigures(
            region.Length == 0 ? null : region,
            registered[region],
            inPeriod.GetValueOrDefault(region),
            active.GetValueOrDefault(region),
            started.GetValueOrDefault(region),
            certified.GetValueOrDefault(region),
            certified.GetValueOrDefault(region)))];
    }

    /// <summary>Learners per home region; the key of those without one is the empty string.</summary>
    private static async Task<Dictionary<string, int>> CountByRegionAsync(IQueryable<TrainingUser> learners, CancellationToken cancellationToken)
    {
        var rows = await learners.GroupBy(u => u.HomeRegionId).Select(g => new { Region = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Region ?? string.Empty, r => r.Count);
    }

    private async Task<IReadOnlyList<CourseFigures>> CourseRowsAsync(LearnerSelection selection, DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var published = await learning.PublishedCoursesAsync(cancellationToken);
        var cohort = Cohort(selection, since).Select(u => u.Id);
        var started = await learning.LessonProgress().Where(p => cohort.Contains(p.UserId)).Select(p => new { p.CourseId, p.UserId })
            .Union(quizzes.SubmittedAttempts().Where(a => cohort.Contains(a.UserId)).Select(a => new { a.CourseId, a.UserId }))
            .GroupBy(x => x.CourseId)
            .Select(g => new { Course = g.Key, Count = g.Count() })
            .ToDictionaryAsync(r => r.Course, r => r.Count, cancellationToken);
        return [.. published
            .Where(c => c.IsNational || selection.Includes(c.RegionId))
            .Select(c => new CourseFigures(c, started.GetValueOrDefault(c.Id), 0))];
    }

    private async Task<(CertificateFigures, IReadOnlyList<WeekCount>)> CertificatesAsync(
        LearnerSelection selection, DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = from certificate in certificates.Certificates()
                    join learner in selection.Learners(db) on certificate.UserId equals learner.Id
                    select new { certificate.UserId, learner.CreatedAt, certificate.IssuedAt, certificate.RevokedAt };
        if (since is { } start)
        {
            query = query.Where(c => c.IssuedAt.CompareTo(start) >= 0 || (c.RevokedAt != null && c.RevokedAt.Value.CompareTo(start) >= 0));
        }

        var rows = await query.ToListAsync(cancellationToken);
        var issued = rows.Where(c => since is null || c.IssuedAt >= since).ToList();
        var revoked = rows.Count(c => c.RevokedAt is { } at && (since is null || at >= since));
        var days = issued.Where(c => c.RevokedAt is null)
            .GroupBy(c => c.UserId)
            .Select(g => g.Min(c => Math.Floor((c.IssuedAt - c.CreatedAt).TotalDays)))
            .ToList();
        var figures = new CertificateFigures(issued.Count, revoked, Median.Of(days), days.Count);
        return (figures, IsoWeeks.Count(issued.Select(c => c.IssuedAt), since, now));
    }
}
