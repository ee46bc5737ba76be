using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// What the index takes of a published version: one translation per language that has a title and a body,
/// with its text as plain text. The database is the source of truth; these are read from it when indexing.
/// </summary>
public static class IndexedTranslations
{
    public const int MaxTitleLength = 400;

    public static IEnumerable<IndexedTranslation> FromVersion(GuidanceArticleVersion version, string? regionId) =>
        SiteCultures.All.Select(language => Translation(version, regionId, language)).OfType<IndexedTranslation>();

    /// <summary>The version's translation in the language, or null when it has no title or no body in it.</summary>
    public static IndexedTranslation? Translation(GuidanceArticleVersion version, string? regionId, string language)
    {
        var title = version.Title.GetValueOrDefault(language);
        var body = version.Body.GetValueOrDefault(language);
        if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        return new IndexedTranslation(
            version.ArticleId,
            language,
            regionId,
            version.TopicId,
            version.Audience,
            title.Length <= MaxTitleLength ? title : title[..MaxTitleLength],
            [.. version.Tags],
            SafeMarkdown.ToPlainText(body));
    }

    /// <summary>The published versions of the articles with their region, read without tracking.</summary>
    public static async Task<List<(GuidanceArticleVersion Version, string? RegionId)>> PublishedAsync(
        TrainingDbContext db, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var rows = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished && articleIds.Contains(v.ArticleId))
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { Version = v, a.RegionId })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Version, r.RegionId))];
    }

    /// <summary>Each article's translations as published now; none for an article unpublished or deleted.</summary>
    public static async Task<List<ArticleUpdate>> UpdatesAsync(TrainingDbContext db, IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        var published = (await PublishedAsync(db, articleIds, cancellationToken))
            .ToDictionary(p => p.Version.ArticleId, p => FromVersion(p.Version, p.RegionId).ToList(), StringComparer.Ordinal);
        return [.. articleIds.Distinct(StringComparer.Ordinal).Select(id => new ArticleUpdate(id, published.GetValueOrDefault(id) ?? []))];
    }
}
