using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>Turns matched articles into a result page: facets over all of them, the page's hits with titles and snippets.</summary>
public sealed class SearchPresenter(TrainingDbContext db, SnippetBuilder snippets, PhraseMatcher phrases)
{
    internal async Task<GuidanceSearchResult> PageAsync(GuidanceSearchRequest request, SearchFilter filter, QueryPlan plan, IReadOnlyList<RankedArticle> matches, CancellationToken cancellationToken)
    {
        var page = matches.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var shown = await ShownTranslationsAsync(page.Select(m => (m.ArticleId, m.Best.Document.Language)).ToList(), request.Language, filter, cancellationToken);
        var highlight = plan.HighlightTerms;
        var hits = page
            .Where(m => shown.ContainsKey(m.ArticleId))
            .Select(m => Hit(shown[m.ArticleId], snippets.Build(shown[m.ArticleId].Language, shown[m.ArticleId].Text, highlight), Math.Round(m.Score, 4)))
            .ToList();
        var facets = Facets(matches.Select(m => (m.Best.Document.TopicId, m.Best.Document.RegionId, m.Translations.Select(t => t.Document.Language))));
        return new GuidanceSearchResult(matches.Count, hits, facets, request.Page, request.PageSize);
    }

    /// <summary>No words to search: every article within the filter, alphabetically by its shown title.</summary>
    internal async Task<GuidanceSearchResult> BrowseAsync(GuidanceSearchRequest request, SearchFilter filter, CancellationToken cancellationToken)
    {
        var documents = await Filtered(filter)
            .Select(d => new { d.ArticleId, d.Language, d.RegionId, d.TopicId, d.Title })
            .ToListAsync(cancellationToken);
        var comparer = StringComparer.Create(CultureInfo.GetCultureInfo(request.Language), ignoreCase: true);
        var articles = documents
            .GroupBy(d => d.ArticleId, StringComparer.Ordinal)
            .Select(a => (Shown: a.FirstOrDefault(d => d.Language == request.Language) ?? a.OrderBy(d => SiteCultures.All.ToList().IndexOf(d.Language)).First(), Languages: a.Select(d => d.Language)))
            .OrderBy(a => a.Shown.Title, comparer)
            .ThenBy(a => a.Shown.ArticleId, StringComparer.Ordinal)
            .ToList();
        var page = articles.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var shown = await ShownTranslationsAsync(page.Select(a => (a.Shown.ArticleId, a.Shown.Language)).ToList(), request.Language, filter, cancellationToken);
        var hits = page
            .Where(a => shown.ContainsKey(a.Shown.ArticleId))
            .Select(a => Hit(shown[a.Shown.ArticleId], snippets.Build(a.Shown.Language, shown[a.Shown.ArticleId].Text, new HashSet<string>()), 0))
            .ToList();
        var facets = Facets(articles.Select(a => (a.Shown.TopicId, a.Shown.RegionId, a.Languages)));
        return new GuidanceSearchResult(articles.Count, hits, facets, request.Page, request.PageSize);
    }

    /// <summary>Keeps the scored documents whose text holds every phrase, checking the best ones only.</summary>
    internal async Task<IEnumerable<ScoredDocument>> WithPhrasesAsync(IEnumerable<ScoredDocument> scored, IReadOnlyList<IReadOnlyList<string>> wanted, int limit, CancellationToken cancellationToken)
    {
        var best = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Document.Id).Take(limit).ToList();
        var ids = best.Select(s => s.Document.Id).ToList();
        var texts = await db.Set<SearchDocument>().AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Tags, d.Text }).ToDictionaryAsync(d => d.Id, cancellationToken);
        return best.Where(s => texts.TryGetValue(s.Document.Id, out var text)
            && wanted.All(phrase => phrases.Contains(s.Document.Language, $"{text.Title}\n{text.Tags}\n{text.Text}", phrase)));
    }

    /// <summary>
    /// The translation each article is shown in: the result language chosen, else the user's language when
    /// the article has it, else the translation that matched best.
    /// </summary>
    private async Task<Dictionary<string, SearchDocument>> ShownTranslationsAsync(IReadOnlyList<(string ArticleId, string Best)> articles, string language, SearchFilter filter, CancellationToken cancellationToken)
    {
        var ids = articles.Select(a => a.ArticleId).ToList();
        var documents = await Filtered(filter).Where(d => ids.Contains(d.ArticleId)).ToListAsync(cancellationToken);
        var shown = new Dictionary<string, SearchDocument>(StringComparer.Ordinal);
        foreach (var (articleId, best) in articles)
        {
            var translations = documents.Where(d => d.ArticleId == articleId).ToList();
            var document = translations.FirstOrDefault(d => d.Language == language) ?? translations.FirstOrDefault(d => d.Language == best);
            if (document is not null)
            {
                shown[articleId] = document;
            }
        }

        return shown;
    }

    private IQueryable<SearchDocument> Filtered(SearchFilter filter)
    {
        var documents = db.Set<SearchDocument>().AsNoTracking().Where(d => filter.Audiences.Contains(d.Audience));
        if (filter.Region == SearchFilter.National)
        {
            documents = documents.Where(d => d.RegionId == null);
        }
        else if (filter.Region is not null)
        {
            documents = documents.Where(d => d.RegionId == filter.Region);
        }

        if (filter.Topic is not null)
        {
            documents = documents.Where(d => d.TopicId == filter.Topic);
        }

        return filter.Language is null ? documents : documents.Where(d => d.Language == filter.Language);
    }

    private static GuidanceHit Hit(SearchDocument document, string snippet, double score) => new(
        document.ArticleId,
        document.Title,
        snippet,
        document.Language,
        document.RegionId ?? SearchFilter.National,
        document.TopicId,
        $"/guidance/{Uri.EscapeDataString(document.ArticleId)}?language={document.Language}",
        score);

    private static GuidanceFacets Facets(IEnumerable<(string Topic, string? Region, IEnumerable<string> Languages)> articles)
    {
        var list = articles.ToList();
        return new GuidanceFacets(
            Count(list.Select(a => a.Topic)),
            Count(list.Select(a => a.Region ?? SearchFilter.National)),
            Count(list.SelectMany(a => a.Languages.Distinct(StringComparer.Ordinal))));
    }

    private static List<FacetCount> Count(IEnumerable<string> values) =>
        [.. values.GroupBy(v => v, StringComparer.Ordinal).Select(g => new FacetCount(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Id, StringComparer.Ordinal)];
}
