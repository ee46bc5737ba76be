namespace TrainingSite.Search.Scoring;

/// <summary>
/// Ranks articles from their scored translations: an article matches through any translation and counts
/// once, with its best one; a translation in the language the user searches in is preferred a little.
/// Ties are broken by id, so the order is the same on every provider and every run.
/// </summary>
public static class ArticleRanking
{
    public const double PreferredLanguageFactor = 1.15;

    public static List<RankedArticle> Rank(IEnumerable<ScoredDocument> scored, string language) =>
        scored
            .GroupBy(s => s.Document.ArticleId, StringComparer.Ordinal)
            .Select(article =>
            {
                var translations = article.OrderByDescending(s => Preferred(s, language)).ThenBy(s => s.Document.Language, StringComparer.Ordinal).ToList();
                return new RankedArticle(article.Key, Preferred(translations[0], language), translations[0], translations);
            })
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.ArticleId, StringComparer.Ordinal)
            .ToList();

    private static double Preferred(ScoredDocument document, string language) =>
        document.Document.Language == language ? document.Score * PreferredLanguageFactor : document.Score;
}
