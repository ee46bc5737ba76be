using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Services;

/// <summary>The guidance articles for the review list: each article's latest version (draft, else live) with its review date.</summary>
public sealed class ReviewableArticles(TrainingDbContext db) : IReviewableContent
{
    public async Task<IReadOnlyList<ReviewableItem>> ListAsync(IReadOnlySet<string>? regions, CancellationToken cancellationToken)
    {
        // Only the draft and the live version matter; bodies stay in the database.
        var rows = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished || v.PublishedAt == null)
            .Join(
                db.Set<GuidanceArticle>().Where(a => regions == null || (a.RegionId != null && regions.Contains(a.RegionId))),
                v => v.ArticleId,
                a => a.Id,
                (v, a) => new { a.Id, a.RegionId, v.IsPublished, v.Title, v.ReviewedOn })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Id).Select(g =>
        {
            var latest = g.FirstOrDefault(r => !r.IsPublished) ?? g.First();
            return new ReviewableItem(ReviewableKinds.Article, latest.Id, latest.Title, latest.RegionId, latest.ReviewedOn, $"/authoring/guidance/{latest.Id}");
        })];
    }
}
