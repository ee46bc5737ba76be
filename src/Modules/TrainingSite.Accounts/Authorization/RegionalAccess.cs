using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <inheritdoc />
public sealed class RegionalAccess(CoordinatedRegions coordinated) : IRegionalAccess
{
    public Task<RegionScope> ScopeAsync(ClaimsPrincipal user, RegionalRules rules, RegionalOperation operation, CancellationToken cancellationToken = default) =>
        RegionScopes.DecideAsync(rules.For(operation), user.Holds, () => coordinated.OfAsync(user, cancellationToken));
}
