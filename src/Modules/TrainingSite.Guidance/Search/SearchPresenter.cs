using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Engine;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Turns the index's matches into a result page: the facet counts of all matches, and the page's hits read
/// from the database, the source of truth (an article this node's index still has but the database no longer
/// publishes, or no longer to this caller, is left out), each in the translation shown with a snippet.
/// </summary>
public sealed class SearchPresenter(TrainingDbContext db, SnippetBuilder snippets)
{
    internal async Task<GuidanceSearchResult> PageAsync(
        GuidanceSearchRequest request, SearchFilter filter, ArticleMatches matches, IReadOnlySet<string> highlight, CancellationToken cancellationToken)
    {
        var ids = matches.Page.Select(m => m.ArticleId).ToList();
        var published = (await IndexedTranslations.PublishedAsync(db, ids, cancellationToken))
            .ToDictionary(p => p.Version.ArticleId, StringComparer.Ordinal);
        var hits = new List<GuidanceHit>(matches.Page.Count);
        foreach (var match in matches.Page)
        {
            if (!published.TryGetValue(match.ArticleId, out var article) || !filter.Audiences.Contains(article.Version.Audience)
                || Shown(article.Version, article.RegionId, match, request.Language, filter) is not { } shown)
            {
                continue;
            }

            hits.Add(new GuidanceHit(
                shown.ArticleId,
                shown.Title,
                snippets.Build(shown.Language, shown.Text, highlight),
                shown.Language,
                shown.RegionId ?? SearchFilter.National,
                shown.TopicId,
                $"/guidance/{Uri.EscapeDataString(shown.ArticleId)}?language={shown.Language}",
                Math.Round(match.Score, 4)));
        }

        var facets = new GuidanceFacets(matches.Facets.Topic, matches.Facets.Region, matches.Facets.Language);
        return new GuidanceSearchResult(matches.Total, hits, facets, request.Page, request.PageSize);
    }

    /// <summary>
    /// The translation an article is shown in: the result language chosen, else the user's language when the
    /// article has it, else the translation that matched best, else any it has.
    /// </summary>
    private static IndexedTranslation? Shown(
        GuidanceArticleVersion version, string? regionId, ArticleMatch match, string language, SearchFilter filter)
    {
        if (filter.Language is not null)
        {
            return IndexedTranslations.Translation(version, regionId, filter.Language);
        }

        return IndexedTranslations.Translation(version, regionId, language)
            ?? IndexedTranslations.Translation(version, regionId, match.BestLanguage)
            ?? IndexedTranslations.FromVersion(version, regionId).FirstOrDefault();
    }
}
