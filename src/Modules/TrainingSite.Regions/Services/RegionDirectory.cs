using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Data;

namespace TrainingSite.Regions.Services;

public sealed class RegionDirectory(TrainingDbContext db) : IRegionDirectory
{
    private IReadOnlyList<RegionInfo>? _regions;

    /// <summary>The regions ordered by id; read once per request scope.</summary>
    public async Task<IReadOnlyList<RegionInfo>> ListAsync(CancellationToken cancellationToken = default) =>
        _regions ??= (await db.Regions.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken))
            .Select(r => new RegionInfo(r.Id, r.Name))
            .ToList();
}
