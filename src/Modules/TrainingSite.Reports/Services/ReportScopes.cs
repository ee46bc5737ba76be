using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Reports.Services;

/// <summary>
/// Where the user may read reports: the regions they coordinate (every region with the all-regions permission) and,
/// with <see cref="ReportsPermissions.ViewNational"/>, learners without a home region and the national comparison.
/// Every report query filters by this value on the server; a region named in the URL is intersected with it.
/// </summary>
public sealed class ReportScopes(IRegionalAccess access)
{
    public Task<RegionScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken) =>
        access.ScopeAsync(user, ReportsPermissions.Rules, RegionalOperation.ViewReports, cancellationToken);
}
