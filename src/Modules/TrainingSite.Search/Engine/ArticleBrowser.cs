using System.Globalization;
using Lucene.Net.Search;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Browsing without words: every article within the filter, alphabetically (in the searcher's language's
/// collation) by the title it is shown with: the searcher's language when it has it, else its first language.
/// </summary>
internal static class ArticleBrowser
{
    public static ArticleMatches Browse(IndexSearcher searcher, SearchFilter filter, string language, int skip, int take)
    {
        var collector = new TranslationCollector();
        searcher.Search(new MatchAllDocsQuery(), FilterQuery.Build(filter, []), collector);
        var comparer = StringComparer.Create(TextAnalyzer.Languages.Contains(language) ? CultureInfo.GetCultureInfo(language) : CultureInfo.InvariantCulture, ignoreCase: true);
        var articles = collector.Translations
            .GroupBy(t => t.Article)
            .Select(article =>
            {
                var titles = article.ToDictionary(t => ValueIds.Languages.ValueOf(t.Language), t => t.Title, StringComparer.Ordinal);
                var shown = titles.ContainsKey(language) ? language : TextAnalyzer.Languages.FirstOrDefault(titles.ContainsKey) ?? titles.Keys.Min(StringComparer.Ordinal)!;
                var first = article.First();
                return (Id: ValueIds.Articles.ValueOf(article.Key), Shown: shown, Titles: titles, first.Region, first.Topic, Languages: article.Select(t => t.Language).Distinct());
            })
            .OrderBy(a => a.Titles[a.Shown], comparer)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        var facets = new FacetCounter();
        foreach (var article in articles)
        {
            facets.AddArticle(article.Topic, article.Region);
            foreach (var translation in article.Languages)
            {
                facets.AddLanguage(translation);
            }
        }

        var page = articles.Skip(skip).Take(take)
            .Select(a => new ArticleMatch(a.Id, 0, a.Shown, ArticleResults.NullIfNational(ValueIds.Keywords.ValueOf(a.Region)), ValueIds.Keywords.ValueOf(a.Topic)))
            .ToList();
        return new ArticleMatches(articles.Count, page, facets.ToFacets());
    }
}
