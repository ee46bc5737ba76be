using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Computes the dashboard. Each learner's status, per-course state (started, complete) and recent activity come from
/// the reports' one status calculation (<see cref="LearnerStatuses"/>) and are counted here per home region and
/// course; certificates are aggregate SQL over the reporting facts, of which only the selection's certificates in the
/// period come back as rows (for the median and the weekly series). DateTimeOffset comparisons are written as <c>CompareTo(x) &gt;= 0</c>,
/// the form EF Core translates on SQLite too, where the values are ISO 8601 text in UTC and compare as text.
/// </summary>
public sealed class DashboardQuery(
    LearnerQueries queries, LearnerStatuses statuses, ILearningFacts learning, ICertificateFacts certificates, TimeProvider time)
{
    /// <summary>Active means a lesson opened or read, or a quiz submitted, in this many days before now.</summary>
    public const int ActiveDays = LearnerStatuses.ActiveDays;

    /// <param name="scope">Every learner the user may see: the national comparison's rows.</param>
    /// <param name="choice">The learners the dashboard counts: the region picker's choice, within <paramref name="scope"/>.</param>
    public async Task<DashboardReport> LoadAsync(RegionScope scope, RegionChoice choice, ReportPeriod period, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var since = period.Since(now);
        var rows = await statuses.ForCountingAsync(scope, LearnerFilter.All, cancellationToken);
        var comparison = rows
            .GroupBy(r => r.HomeRegionId ?? string.Empty)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Figures(g.Key.Length == 0 ? null : g.Key, [.. g], since))
            .ToList();
        var totals = RegionFigures.Sum(null, comparison.Where(r => choice.Includes(r.RegionId)));
        var cohort = rows.Where(r => choice.Includes(r.HomeRegionId) && InPeriod(r, since)).ToList();
        var counts = new LearnerStatusCounts(cohort.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count()));
        var funnel = new FunnelFigures(
            counts.Registered,
            counts.AtLeast(LearnerStatus.InProgress),
            counts.AtLeast(LearnerStatus.NationalPartDone),
            counts.AtLeast(LearnerStatus.Complete),
            counts.AtLeast(LearnerStatus.Certified));
        var courses = await CoursesAsync(scope, choice, cohort, cancellationToken);
        var (certificateFigures, weeks) = await CertificatesAsync(scope, choice, since, now, cancellationToken);
        return new DashboardReport(period, totals, comparison, courses, funnel, certificateFigures, weeks);
    }

    private static bool InPeriod(LearnerRow row, DateTimeOffset? since) => since is null || row.RegisteredAt >= since;

    private static RegionFigures Figures(string? regionId, IReadOnlyList<LearnerRow> rows, DateTimeOffset? since)
    {
        var cohort = rows.Where(r => InPeriod(r, since)).ToList();
        return new RegionFigures(
            regionId,
            rows.Count,
            cohort.Count,
            rows.Count(r => r.RecentlyActive),
            cohort.Count(r => r.Status >= LearnerStatus.InProgress),
            cohort.Count(r => r.Status >= LearnerStatus.Complete),
            cohort.Count(r => r.Status == LearnerStatus.Certified));
    }

    /// <summary>Per published course the learners may take, how many of the cohort started and completed it.</summary>
    private async Task<IReadOnlyList<CourseFigures>> CoursesAsync(RegionScope scope, RegionChoice choice, IReadOnlyList<LearnerRow> cohort, CancellationToken cancellationToken)
    {
        var published = await learning.PublishedCoursesAsync(cancellationToken);
        var shown = published.Where(c => c.IsNational || (scope.Includes(c.RegionId) && choice.Includes(c.RegionId))).ToList();

        // One pass over the cohort's own (short) course sets, not one pass over the cohort per course.
        var started = new Dictionary<string, int>(StringComparer.Ordinal);
        var complete = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in cohort)
        {
            Count(started, row.CoursesStarted);
            Count(complete, row.CoursesComplete);
        }

        return [.. shown.Select(c => new CourseFigures(c, started.GetValueOrDefault(c.Id), complete.GetValueOrDefault(c.Id)))];
    }

    private static void Count(Dictionary<string, int> counts, IEnumerable<string> courseIds)
    {
        foreach (var id in courseIds)
        {
            counts[id] = counts.GetValueOrDefault(id) + 1;
        }
    }

    private async Task<(CertificateFigures, IReadOnlyList<WeekCount>)> CertificatesAsync(
        RegionScope scope, RegionChoice choice, DateTimeOffset? since, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var query = from certificate in certificates.Certificates()
                    join learner in queries.Learners(scope, choice.Filter) on certificate.UserId equals learner.Id
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
