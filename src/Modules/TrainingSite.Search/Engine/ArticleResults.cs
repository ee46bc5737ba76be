namespace TrainingSite.Search.Engine;

/// <summary>Turns a query's <see cref="ArticleTally"/> into the answer: the total, the facets over all matches, and the requested page, best first.</summary>
internal static class ArticleResults
{
    public static ArticleMatches From(ArticleTally tally, int skip, int take)
    {
        var seen = new HashSet<int>();
        var page = tally.Best()
            .Where(translation => seen.Add(translation.Article))
            .Skip(skip)
            .Take(take)
            .Select(best => new ArticleMatch(
                ValueIds.Articles.ValueOf(best.Article),
                best.Score,
                ValueIds.Languages.ValueOf(best.Language),
                NullIfNational(ValueIds.Keywords.ValueOf(best.Region)),
                ValueIds.Keywords.ValueOf(best.Topic)))
            .ToList();
        return new ArticleMatches(tally.Count, page, tally.Facets.ToFacets());
    }

    public static string? NullIfNational(string region) => region == SearchFilter.National ? null : region;
}
