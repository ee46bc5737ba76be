using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrainingSite.Search.Engine;

/// <summary>Turns a query's <see cref="ArticleTally"/> into the answer: the total, the facets over all matches, and the requested page, best first.</summary>
internal static class ArticleResults
{
    public static ArticleMatches From(ArticleTally tally, int skip, int take)
    {
        var facets = Facets(tally);
        var best = Best(tally, skip + take);
        var matches = best.Skip(skip).Select(article => new ArticleMatch(
            ValueIds.Articles.ValueOf(article),
            tally.Score(article),
            ValueIds.Languages.ValueOf(tally.BestLanguage(article)),
            NullIfNational(ValueIds.Keywords.ValueOf(tally.Region(article))),
            ValueIds.Keywords.ValueOf(tally.Topic(article)))).ToList();
        return new ArticleMatches(tally.Count, matches, facets);
    }

    public static string? NullIfNational(string region) => region == SearchFilter.National ? null : region;

    public static IndexFacets Facets(IEnumerable<(int Topic, int Region, IEnumerable<int> Languages)> articles)
    {
        var counts = new FacetCounter();
        foreach (var (topic, region, languages) in articles)
        {
            counts.Add(topic, region, languages);
        }

        return counts.ToFacets();
    }

    /// <summary>Counts the tally's articles without an allocation per article: they may be tens of thousands.</summary>
    private static IndexFacets Facets(ArticleTally tally)
    {
        var counts = new FacetCounter();
        for (var index = 0; index < tally.Count; index++)
        {
            var article = tally.Article(index);
            counts.Add(tally.Topic(article), tally.Region(article), tally.LanguageMask(article));
        }

        return counts.ToFacets();
    }

    /// <summary>The best <paramref name="count"/> articles, best first (ties: by id), through a heap of that size, not a sort of every match.</summary>
    private static List<int> Best(ArticleTally tally, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var worseFirst = Comparer<int>.Create((a, b) => Compare(tally, b, a));
        var heap = new PriorityQueue<int, int>(worseFirst);
        for (var index = 0; index < tally.Count; index++)
        {
            var article = tally.Article(index);
            if (heap.Count < count)
            {
                heap.Enqueue(article, article);
            }
            else if (Compare(tally, article, heap.Peek()) < 0)
            {
                heap.DequeueEnqueue(article, article);
            }
        }

        var best = new List<int>(heap.Count);
        while (heap.TryDequeue(out var article, out _))
        {
            best.Add(article);
        }

        best.Reverse();
        return best;
    }

    /// <summary>Negative when article <paramref name="a"/> ranks before <paramref name="b"/>: higher score, then the lower id.</summary>
    private static int Compare(ArticleTally tally, int a, int b)
    {
        var byScore = tally.Score(b).CompareTo(tally.Score(a));
        return byScore != 0 ? byScore : string.CompareOrdinal(ValueIds.Articles.ValueOf(a), ValueIds.Articles.ValueOf(b));
    }
}
