namespace TrainingSite.Search.Engine;

/// <summary>
/// One article found: its score (its best translation's, with the searcher's language preferred) and the
/// language of that translation (browsing: the translation it is listed by), its region (null: national) and topic.
/// The page shows it from the database, the source of truth, not from the index. <see cref="MatchedLanguages"/>:
/// the languages of its translations that matched, best first (browsing: the one it is listed by).
/// </summary>
public sealed record ArticleMatch(string ArticleId, double Score, string BestLanguage, string? RegionId, string TopicId, IReadOnlyList<string>? MatchedLanguages = null)
{
    /// <summary>Whether the article's translation in this language matched the query (browsing: is the one listed).</summary>
    public bool Matched(string language) => MatchedLanguages?.Contains(language) ?? language == BestLanguage;
}

/// <summary>A page of found articles, how many were found in all and the facet counts over all of them.</summary>
public sealed record ArticleMatches(int Total, IReadOnlyList<ArticleMatch> Page, IndexFacets Facets)
{
    public static ArticleMatches None { get; } = new(0, [], IndexFacets.Empty);
}
