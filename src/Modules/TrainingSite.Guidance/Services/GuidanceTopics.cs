using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

public sealed class GuidanceTopics(TrainingDbContext db) : IGuidanceTopics
{
    /// <summary>The topics in their sort order (then by id), as the guidance search lists them.</summary>
    public async Task<IReadOnlyList<TopicInfo>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new TopicInfo(t.Id, t.Name))
            .ToListAsync(cancellationToken);
}
