using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace TrainingSite.Search.Engine;

/// <summary>
/// A segment's article, language, region and topic per document as arrays of <see cref="ValueIds"/>, read
/// once from its sorted doc values and cached for the segment's life (segments never change; deletions are
/// applied by the searcher). Grouping by article and counting facets then cost an array read per match,
/// which is what keeps a query that matches half of 300,000 translations fast (Lucene.Net.Facet is not served).
/// </summary>
public sealed class SegmentValues
{
    private static readonly ConditionalWeakTable<object, SegmentValues> Cache = [];

    private SegmentValues(AtomicReader reader)
    {
        var count = reader.MaxDoc;
        Article = Read(reader, IndexFields.Article, count, ValueIds.Articles);
        Language = Read(reader, IndexFields.Language, count, ValueIds.Languages);
        Region = Read(reader, IndexFields.Region, count, ValueIds.Keywords);
        Topic = Read(reader, IndexFields.Topic, count, ValueIds.Keywords);
    }

    public int[] Article { get; }

    public int[] Language { get; }

    public int[] Region { get; }

    public int[] Topic { get; }

    public static SegmentValues Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentValues(reader));

    /// <summary>Makes sure every segment's values are read, so every article the reader holds has its id.</summary>
    public static void Prepare(IndexReader reader)
    {
        foreach (var leaf in reader.Leaves)
        {
            Of(leaf.AtomicReader);
        }
    }

    private static int[] Read(AtomicReader reader, string field, int count, ValueIds ids)
    {
        var values = new int[count];
        var sorted = reader.GetSortedDocValues(field);
        if (sorted is null)
        {
            return values;
        }

        var byOrdinal = new int[sorted.ValueCount];
        var bytes = new BytesRef();
        for (var ordinal = 0; ordinal < byOrdinal.Length; ordinal++)
        {
            sorted.LookupOrd(ordinal, bytes);
            byOrdinal[ordinal] = ids.IdOf(bytes.Utf8ToString());
        }

        for (var doc = 0; doc < count; doc++)
        {
            var ordinal = sorted.GetOrd(doc);
            values[doc] = ordinal < 0 ? -1 : byOrdinal[ordinal];
        }

        return values;
    }
}
