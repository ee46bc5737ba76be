using System.Security.Claims;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Core.Localization;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// Counts the <see cref="LearnerOverview"/> with the reports' own rules: the learners of the user's report scope and their
/// status from the one status calculation (<see cref="LearnerStatuses"/>, over the cached reporting facts), so the
/// administration home and the dashboard agree.
/// </summary>
public sealed class OverviewQuery(ReportScopes scopes, LearnerStatuses statuses, TimeProvider time) : ILearnerOverview
{
    public async Task<LearnerOverview?> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(user, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

        var rows = await statuses.ForCountingAsync(scope, LearnerFilter.All, cancellationToken);
        var today = DateOnly.FromDateTime(SiteTime.ToFinnishTime(time.GetUtcNow()).DateTime);
        var monthStart = new DateTimeOffset(SiteTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1)), TimeSpan.Zero);
        return new LearnerOverview(
            rows.Count,
            rows.Count(r => r.Certificate == CertificateState.Valid && r.CertificateIssuedAt >= monthStart),
            rows.Count(r => r.Certificate == CertificateState.Valid));
    }
}
