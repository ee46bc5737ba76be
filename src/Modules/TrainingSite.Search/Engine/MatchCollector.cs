using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Collects every matching translation into an <see cref="ArticleTally"/>: an article is found through any of
/// its translations and counts once, with its best one; a translation in the searcher's language is preferred
/// a little. Every match is needed, not a top few, because the total and the facets count all of them.
/// </summary>
internal sealed class MatchCollector(ArticleTally tally, int preferredLanguage) : ICollector
{
    /// <summary>How much a translation in the searcher's language is preferred over an equally good one in another.</summary>
    public const float PreferredLanguageFactor = 1.15f;

    private Scorer? _scorer;
    private SegmentValues? _values;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer) => _scorer = scorer;

    public void SetNextReader(AtomicReaderContext context) => _values = SegmentValues.Of(context.AtomicReader);

    public void Collect(int doc)
    {
        var values = _values!;
        var language = values.Language[doc];
        var score = _scorer!.GetScore();
        tally.Add(values.Article[doc], language, values.Region[doc], values.Topic[doc], language == preferredLanguage ? score * PreferredLanguageFactor : score);
    }
}
