using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;

namespace TrainingSite.Accounts.Services;

/// <inheritdoc />
public sealed class RegionalScope(TrainingDbContext db) : IRegionalScope
{
    public async Task<bool> CanAuthorAsync(ClaimsPrincipal user, string? regionId, CancellationToken cancellationToken = default)
    {
        var regions = await AuthorableRegionsAsync(user, cancellationToken);
        return regions is null || (regionId is not null && regions.Contains(regionId));
    }

    public async Task<IReadOnlySet<string>?> AuthorableRegionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.IsInRole(Roles.Administrator))
        {
            return null;
        }

        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !user.IsInRole(Roles.RegionalCoordinator))
        {
            return new HashSet<string>();
        }

        var regions = await db.RegionCoordinators.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => a.RegionId)
            .ToListAsync(cancellationToken);
        return regions.ToHashSet(StringComparer.Ordinal);
    }
}
