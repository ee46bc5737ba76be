using System.Collections.Concurrent;

namespace TrainingSite.Search.Engine;

/// <summary>
/// What a query keeps of its matching translations, at a few array writes each (a query may match half of
/// 300,000): which articles were found (marks indexed by article id, with the found ones listed, so clearing
/// costs the matches, not the corpus), the facet counts, and the best translations in a bounded heap. An
/// article's rank is its best translation's, so ranking translations and keeping each article's first gives
/// the articles' order; with at most one translation per language, the best (skip + take) × languages
/// translations hold the page. Pooled: a query borrows one and gives it back clean.
/// </summary>
internal sealed class ArticleTally
{
    private static readonly ConcurrentBag<ArticleTally> Pool = [];

    private readonly PriorityQueue<Translation, Translation> _best = new(WorseFirst.Instance);
    private bool[] _found = [];
    private int[] _foundList = [];
    private int _bestLimit;

    /// <summary>How many articles were found.</summary>
    public int Count { get; private set; }

    public FacetCounter Facets { get; private set; } = new();

    public static ArticleTally Rent(int articles, int bestLimit)
    {
        var tally = Pool.TryTake(out var pooled) ? pooled : new ArticleTally();
        if (tally._found.Length < articles)
        {
            var size = Math.Max(articles, tally._found.Length * 2);
            (tally._found, tally._foundList) = (new bool[size], new int[size]);
        }

        (tally._bestLimit, tally.Facets) = (bestLimit, new FacetCounter());
        return tally;
    }

    public void Return()
    {
        for (var index = 0; index < Count; index++)
        {
            _found[_foundList[index]] = false;
        }

        Count = 0;
        _best.Clear();
        Pool.Add(this);
    }

    /// <summary>Records a matched translation with its final score.</summary>
    public void Add(int article, int language, int region, int topic, float score)
    {
        if (!_found[article])
        {
            _found[article] = true;
            _foundList[Count++] = article;
            Facets.AddArticle(topic, region);
        }

        Facets.AddLanguage(language);
        if (_bestLimit == 0)
        {
            return;
        }

        var translation = new Translation(article, language, region, topic, score);
        if (_best.Count < _bestLimit)
        {
            _best.Enqueue(translation, translation);
        }
        else if (score >= _best.Peek().Score && WorseFirst.Instance.Compare(translation, _best.Peek()) > 0)
        {
            _best.DequeueEnqueue(translation, translation);
        }
    }

    /// <summary>The best translations, best first: an article's first is its best.</summary>
    public List<Translation> Best()
    {
        var best = _best.UnorderedItems.Select(item => item.Element).ToList();
        best.Sort((a, b) => WorseFirst.Instance.Compare(b, a));
        return best;
    }

    /// <summary>A matched translation: its article, language, region, topic and score (language preference included).</summary>
    public readonly record struct Translation(int Article, int Language, int Region, int Topic, float Score);

    /// <summary>Orders translations worst first: lower score, then (ties) the later article id, then the later language code.</summary>
    private sealed class WorseFirst : IComparer<Translation>
    {
        public static WorseFirst Instance { get; } = new();

        public int Compare(Translation a, Translation b)
        {
            var byScore = a.Score.CompareTo(b.Score);
            if (byScore != 0)
            {
                return byScore;
            }

            var byArticle = string.CompareOrdinal(ValueIds.Articles.ValueOf(b.Article), ValueIds.Articles.ValueOf(a.Article));
            return byArticle != 0 ? byArticle : string.CompareOrdinal(ValueIds.Languages.ValueOf(b.Language), ValueIds.Languages.ValueOf(a.Language));
        }
    }
}
