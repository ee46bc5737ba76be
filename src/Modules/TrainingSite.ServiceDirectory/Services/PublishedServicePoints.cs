using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Services;

/// <summary>Reads the published versions of service points: what counsellors, customers and linking articles see.</summary>
public sealed class PublishedServicePoints(TrainingDbContext db)
{
    public async Task<PublishedServicePoint?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await QueryAsync(db.Set<ServicePointVersion>().Where(v => v.PointId == id), cancellationToken)).FirstOrDefault();

    /// <summary>The published points among <paramref name="ids"/>; unknown and unpublished ids are left out.</summary>
    public async Task<IReadOnlyDictionary<string, PublishedServicePoint>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? new Dictionary<string, PublishedServicePoint>()
            : (await QueryAsync(db.Set<ServicePointVersion>().Where(v => ids.Contains(v.PointId)), cancellationToken)).ToDictionary(p => p.Id, StringComparer.Ordinal);

    public async Task<IReadOnlyList<PublishedServicePoint>> AllAsync(CancellationToken cancellationToken) =>
        await QueryAsync(db.Set<ServicePointVersion>(), cancellationToken);

    private async Task<List<PublishedServicePoint>> QueryAsync(IQueryable<ServicePointVersion> versions, CancellationToken cancellationToken) =>
        await versions.AsNoTracking()
            .Where(v => v.IsPublished)
            .Join(db.Set<ServicePoint>(), v => v.PointId, p => p.Id, (v, p) => new { Version = v, p.RegionId })
            .OrderBy(r => r.Version.PointId)
            .Select(r => new PublishedServicePoint(r.Version.PointId, r.RegionId, r.Version))
            .ToListAsync(cancellationToken);
}
