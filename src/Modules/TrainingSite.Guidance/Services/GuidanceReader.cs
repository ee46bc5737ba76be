using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>Reads published articles for readers, respecting audience: a network article is not there for others.</summary>
public sealed class GuidanceReader(TrainingDbContext db)
{
    public const int RelatedCount = 5;

    public async Task<PublishedArticle?> FindAsync(string id, bool canReadNetwork, CancellationToken cancellationToken)
    {
        var found = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.ArticleId == id && v.IsPublished && (canReadNetwork || v.Audience == GuidanceAudience.Public))
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { Version = v, Article = a })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var topic = await db.Set<Topic>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == found.Version.TopicId, cancellationToken);
        return new PublishedArticle(found.Article, found.Version, topic);
    }

    /// <summary>Other articles of the same topic: of the same region first, then national ones, those sharing more tags first.</summary>
    public async Task<IReadOnlyList<(string Id, LocalizedText Title)>> RelatedAsync(PublishedArticle article, bool canReadNetwork, CancellationToken cancellationToken)
    {
        var related = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished && v.TopicId == article.Version.TopicId && v.ArticleId != article.Id && (canReadNetwork || v.Audience == GuidanceAudience.Public))
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { v.ArticleId, v.Title, v.Tags, a.RegionId })
            .Where(r => r.RegionId == null || r.RegionId == article.Article.RegionId)
            .ToListAsync(cancellationToken);
        return related
            .OrderBy(r => r.RegionId == article.Article.RegionId ? 0 : 1)
            .ThenByDescending(r => r.Tags.Intersect(article.Version.Tags, StringComparer.OrdinalIgnoreCase).Count())
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal)
            .Take(RelatedCount)
            .Select(r => (r.ArticleId, r.Title))
            .ToList();
    }
}
