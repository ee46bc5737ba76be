using System.Security.Claims;
using TrainingSite.Core.Localization;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Counts <see cref="OverviewFigures"/> with the reports' own rules: the learners of the user's report scope and their
/// status from the one status calculation (<see cref="LearnerStatuses"/>), so the home page and the dashboard agree.
/// </summary>
public sealed class OverviewQuery(ReportScopes scopes, LearnerStatuses statuses, TimeProvider time)
{
    /// <summary>The figures, or null when the user may read no reports (their numbers are nobody else's business).</summary>
    public async Task<OverviewFigures?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(user, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

        var rows = await statuses.ForCountingAsync(scope, LearnerFilter.All, cancellationToken);
        var today = DateOnly.FromDateTime(SiteTime.ToFinnishTime(time.GetUtcNow()).DateTime);
        var monthStart = new DateTimeOffset(SiteTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1)), TimeSpan.Zero);
        return new OverviewFigures(
            rows.Count,
            rows.Count(r => r.Certificate == CertificateState.Valid && r.CertificateIssuedAt >= monthStart),
            rows.Count(r => r.Certificate == CertificateState.Valid));
    }
}
