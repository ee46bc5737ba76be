using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>Service points with a draft waiting to be published (the administration home counts them).</summary>
public sealed class DraftServicePoints(TrainingDbContext db) : IDraftContent
{
    public RegionalRules Rules => ServiceDirectoryPermissions.Rules;

    // A point has at most one draft, so a draft version is a waiting point; only its region is read.
    public async Task<IReadOnlyList<string?>> DraftRegionsAsync(CancellationToken cancellationToken) =>
        await db.Set<ServicePointVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<ServicePoint>(), v => v.PointId, p => p.Id, (v, p) => p.RegionId)
            .ToListAsync(cancellationToken);
}
