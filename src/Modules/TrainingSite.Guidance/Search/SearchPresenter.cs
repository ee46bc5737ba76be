using Microsoft.EntityFrameworkCore;
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
public sealed class SearchPresenter(TrainingDbContext db, PublishedTexts texts, SnippetBuilder snippets)
{
    internal async Task<GuidanceSearchResult> PageAsync(
        GuidanceSearchRequest request, SearchFilter filter, ArticleMatches matches, IReadOnlySet<string> highlight, CancellationToken cancellationToken)
    {
        var ids = matches.Page.Select(m => m.ArticleId).ToList();
        var published = await db.Set<GuidanceArticleVersion>().AsNoTracking()
            .Where(v => v.IsPublished && ids.Contains(v.ArticleId))
            .Join(db.Set<GuidanceArticle>(), v => v.ArticleId, a => a.Id, (v, a) => new { v.Id, v.ArticleId, v.Title, v.TopicId, v.Audience, a.RegionId })
            .ToDictionaryAsync(v => v.ArticleId, StringComparer.Ordinal, cancellationToken);
        var bodies = await texts.GetAsync(db, [.. published.Values.Select(v => v.Id)], cancellationToken);
        var hits = new List<GuidanceHit>(matches.Page.Count);
        foreach (var match in matches.Page)
        {
            if (!published.TryGetValue(match.ArticleId, out var article) || !filter.Audiences.Contains(article.Audience)
                || !bodies.TryGetValue(article.Id, out var text) || ShownLanguage(text, match, request.Language, filter) is not { } language)
            {
                continue;
            }

            var title = article.Title.GetValueOrDefault(language)!;
            var snippet = snippets.Build(language, text[language], highlight);
            hits.Add(new GuidanceHit(
                article.ArticleId,
                title.Length <= IndexedTranslations.MaxTitleLength ? title : title[..IndexedTranslations.MaxTitleLength],
                snippet.ToHtml(),
                language,
                article.RegionId ?? SearchFilter.National,
                article.TopicId,
                $"/guidance/{Uri.EscapeDataString(article.ArticleId)}?language={language}",
                Math.Round(match.Score, 4),
                snippet.Text,
                snippet.Highlights));
        }

        var facets = new GuidanceFacets(matches.Facets.Topic, matches.Facets.Region, matches.Facets.Language);
        return new GuidanceSearchResult(matches.Total, hits, facets, request.Page, request.PageSize);
    }

    /// <summary>
    /// The language an article is shown in, always one whose text matched, so its label, the language facet and
    /// the marked words agree: the result language chosen, else the user's language when that translation
    /// matched too, else the translation that matched best (a Finnish search for "housing allowance" shows the
    /// English text it found, labelled English), else the first it has.
    /// </summary>
    private static string? ShownLanguage(IReadOnlyDictionary<string, string> text, ArticleMatch match, string language, SearchFilter filter)
    {
        if (filter.Language is not null)
        {
            return text.ContainsKey(filter.Language) ? filter.Language : null;
        }

        return text.ContainsKey(language) && match.Matched(language) ? language
            : text.ContainsKey(match.BestLanguage) ? match.BestLanguage
            : SiteCultures.All.FirstOrDefault(text.ContainsKey);
    }
}
