namespace TrainingSite.Search.Engine;

/// <summary>Turns a query's <see cref="ArticleTally"/> into the answer: the total, the facets over all matches, and the requested page, best first.</summary>
internal static class ArticleResults
{
    public static ArticleMatches From(ArticleTally tally, int skip, int take)
    {
        var seen = new HashSet<int>();
        var ranked = tally.Best();

        // The matched languages of each article, from the translations the tally kept ((skip + take) × languages of
        // the best): nearly always all of a page's article's; one missed only means showing the best translation.
        var languages = ranked.GroupBy(t => t.Article).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(t => ValueIds.Languages.ValueOf(t.Language))]);
        var page = ranked
            .Where(translation => seen.Add(translation.Article))
            .Skip(skip)
            .Take(take)
            .Select(best => new ArticleMatch(
                ValueIds.Articles.ValueOf(best.Article),
                best.Score,
                ValueIds.Languages.ValueOf(best.Language),
                NullIfNational(ValueIds.Keywords.ValueOf(best.Region)),
                ValueIds.Keywords.ValueOf(best.Topic),
                languages[best.Article]))
            .ToList();
        return new ArticleMatches(tally.Count, page, tally.Facets.ToFacets());
    }

    public static string? NullIfNational(string region) => region == SearchFilter.National ? null : region;
}
