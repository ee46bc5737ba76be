using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// The regions a user coordinates, read from the database (so a changed assignment applies at the next request, not
/// at the next session validation) once per request: several checks on one page share the read.
/// </summary>
public sealed class CoordinatedRegions(TrainingDbContext db)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlySet<string>> OfAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return new HashSet<string>();
        }

        if (!_cache.TryGetValue(userId, out var regions))
        {
            var rows = await db.RegionCoordinators.AsNoTracking().Where(a => a.UserId == userId).Select(a => a.RegionId).ToListAsync(cancellationToken);
            regions = rows.ToHashSet(StringComparer.Ordinal);
            _cache[userId] = regions;
        }

        return regions;
    }
}
