using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>Service points with a draft waiting to be published, in the user's publishing scope (the administration home counts them).</summary>
public sealed class DraftServicePoints(TrainingDbContext db, IRegionalAccess access) : IDraftContent
{
    public async Task<int?> CountDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(user, ServiceDirectoryPermissions.Rules, RegionalOperation.Publish, cancellationToken);
        if (scope.IsEmpty)
        {
            return null;
        }

        // A point has at most one draft, so a draft version is a waiting point; only its region is read.
        var regions = await db.Set<ServicePointVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<ServicePoint>(), v => v.PointId, p => p.Id, (v, p) => p.RegionId)
            .ToListAsync(cancellationToken);
        return regions.Count(scope.Includes);
    }
}
