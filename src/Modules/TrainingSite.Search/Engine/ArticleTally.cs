using System.Collections.Concurrent;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Per-article sums of one query, in arrays indexed by article id: the best translation's score and language,
/// the languages matched, the region and topic; and which articles were touched, so that ranking, counting and
/// clearing cost the matches, not the corpus. Pooled: a query borrows one and gives it back clean.
/// </summary>
internal sealed class ArticleTally
{
    private static readonly ConcurrentBag<ArticleTally> Pool = [];

    private float[] _score = [];
    private int[] _bestLanguage = [];
    private int[] _languages = [];
    private int[] _region = [];
    private int[] _topic = [];
    private int[] _touched = [];

    public int Count { get; private set; }

    public static ArticleTally Rent(int articles)
    {
        var tally = Pool.TryTake(out var pooled) ? pooled : new ArticleTally();
        tally.EnsureCapacity(articles);
        return tally;
    }

    public void Return()
    {
        for (var index = 0; index < Count; index++)
        {
            var article = _touched[index];
            _score[article] = 0;
            _languages[article] = 0;
        }

        Count = 0;
        Pool.Add(this);
    }

    /// <summary>Records a matched translation; the article keeps its best (ties: the language first in code order).</summary>
    public void Add(int article, int language, int region, int topic, float score)
    {
        if (_languages[article] == 0)
        {
            _touched[Count++] = article;
            (_score[article], _bestLanguage[article], _region[article], _topic[article]) = (score, language, region, topic);
        }
        else if (score > _score[article] || (score == _score[article] && string.CompareOrdinal(ValueIds.Languages.ValueOf(language), ValueIds.Languages.ValueOf(_bestLanguage[article])) < 0))
        {
            (_score[article], _bestLanguage[article]) = (score, language);
        }

        _languages[article] |= 1 << language; // ValueIds.Languages: fi, sv, en, never near 32
    }

    public int Article(int index) => _touched[index];

    public float Score(int article) => _score[article];

    public int BestLanguage(int article) => _bestLanguage[article];

    public int Region(int article) => _region[article];

    public int Topic(int article) => _topic[article];

    /// <summary>The languages matched, as bits numbered by <see cref="ValueIds.Languages"/>.</summary>
    public int LanguageMask(int article) => _languages[article];

    private void EnsureCapacity(int articles)
    {
        if (_score.Length >= articles)
        {
            return;
        }

        var size = Math.Max(articles, _score.Length * 2);
        Array.Resize(ref _score, size);
        Array.Resize(ref _bestLanguage, size);
        Array.Resize(ref _languages, size);
        Array.Resize(ref _region, size);
        Array.Resize(ref _topic, size);
        Array.Resize(ref _touched, size);
    }
}
