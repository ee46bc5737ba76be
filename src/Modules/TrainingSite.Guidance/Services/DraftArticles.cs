using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>Guidance articles with a draft waiting to be published (the administration home counts them).</summary>
public sealed class DraftArticles(TrainingDbContext db) : IDraftContent
{
    public RegionalRules Rules => GuidancePermissions.Rules;

    // An article has at most one draft, so a draft version is a waiting article; only its region is read.
    public async Task<IReadOnlyList<string?>> DraftRegionsAsync(CancellationToken cancellationToken) =>
        await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.PublishedAt == null)
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => a.RegionId)
            .ToListAsync(cancellationToken);
}
