using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

public sealed class GuidanceDirectory(TrainingDbContext db) : IGuidanceDirectory
{
    public async Task<IReadOnlyDictionary<string, LocalizedText>> TitlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) =>
        articleIds.Count == 0
            ? new Dictionary<string, LocalizedText>()
            : await db.Set<GuidanceArticleVersion>().AsNoTracking()
                .Where(v => v.IsPublished && articleIds.Contains(v.ArticleId))
                .ToDictionaryAsync(v => v.ArticleId, v => v.Title, cancellationToken);

    public async Task<IReadOnlyList<TopicInfo>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).Select(t => new TopicInfo(t.Id, t.Name)).ToListAsync(cancellationToken);
}
