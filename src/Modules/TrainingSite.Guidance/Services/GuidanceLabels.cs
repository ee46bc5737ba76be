using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>Names of topics and regions for result lists and facets, in topic order.</summary>
public sealed class GuidanceLabels(TrainingDbContext db, IRegionDirectory regions)
{
    public async Task<(IReadOnlyList<Topic> Topics, IReadOnlyList<RegionInfo> Regions)> LoadAsync(CancellationToken cancellationToken)
    {
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        return (topics, await regions.ListAsync(cancellationToken));
    }
}
