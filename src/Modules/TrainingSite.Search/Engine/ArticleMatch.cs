namespace TrainingSite.Search.Engine;

/// <summary>
/// One article found: its score (its best translation's, with the searcher's language preferred), the
/// language of that translation, and every language it has in the index within the filter.
/// <paramref name="Titles"/> holds the title of each of those translations.
/// </summary>
public sealed record ArticleMatch(string ArticleId, double Score, string BestLanguage, IReadOnlyDictionary<string, string> Titles, string? RegionId, string TopicId);

/// <summary>A page of found articles, how many were found in all and the facet counts over all of them.</summary>
public sealed record ArticleMatches(int Total, IReadOnlyList<ArticleMatch> Page, IndexFacets Facets)
{
    public static ArticleMatches None { get; } = new(0, [], IndexFacets.Empty);
}
