using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TrainingSite.Search.Engine;

/// <summary>Collects the translations a query finds as (article, language, region, topic, title): for titles of a page and for browsing.</summary>
internal sealed class TranslationCollector : ICollector
{
    private readonly BytesRef _bytes = new();
    private SegmentValues? _values;
    private BinaryDocValues? _titles;

    public List<(int Article, int Language, int Region, int Topic, string Title)> Translations { get; } = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _values = SegmentValues.Of(context.AtomicReader);
        _titles = context.AtomicReader.GetBinaryDocValues(IndexFields.Title);
    }

    public void Collect(int doc)
    {
        var title = string.Empty;
        if (_titles is not null)
        {
            _titles.Get(doc, _bytes);
            title = _bytes.Utf8ToString();
        }

        Translations.Add((_values!.Article[doc], _values.Language[doc], _values.Region[doc], _values.Topic[doc], title));
    }
}
