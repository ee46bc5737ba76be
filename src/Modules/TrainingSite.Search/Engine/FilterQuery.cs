using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrainingSite.Search.Engine;

/// <summary>
/// What a document must be to count at all, as a filter (it never changes a score or the coverage): one of
/// the audiences the caller may read, the chosen region, topic and language, and every quoted phrase.
/// The audience part is the same for every visitor, so its bits are cached per segment.
/// </summary>
public static class FilterQuery
{
    private static readonly ConcurrentDictionary<string, Filter> AudienceFilters = new(StringComparer.Ordinal);

    public static Filter Build(SearchFilter filter, IReadOnlyList<Query> phrases)
    {
        var audience = Audience(filter.Audiences);
        var must = new List<Query>();
        if (filter.Region is { } region)
        {
            must.Add(new TermQuery(new Term(IndexFields.Region, region)));
        }

        if (filter.Topic is { } topic)
        {
            must.Add(new TermQuery(new Term(IndexFields.Topic, topic)));
        }

        if (filter.Language is { } language)
        {
            must.Add(new TermQuery(new Term(IndexFields.Language, language)));
        }

        must.AddRange(phrases);
        if (must.Count == 0)
        {
            return audience;
        }

        var query = new BooleanQuery(disableCoord: true) { { new ConstantScoreQuery(audience), Occur.MUST } };
        foreach (var clause in must)
        {
            query.Add(clause, Occur.MUST);
        }

        return new QueryWrapperFilter(query);
    }

    /// <summary>The documents of the audiences given, cached per segment (one filter per set of audiences).</summary>
    public static Filter Audience(IReadOnlyList<string> audiences) =>
        AudienceFilters.GetOrAdd(string.Join('\n', audiences.Order(StringComparer.Ordinal)), _ =>
        {
            var any = new BooleanQuery(disableCoord: true);
            foreach (var audience in audiences)
            {
                any.Add(new TermQuery(new Term(IndexFields.Audience, audience)), Occur.SHOULD);
            }

            return new BitsCachingFilter(new QueryWrapperFilter(any));
        });

    /// <summary>Caches a segment's documents as a bit set: the matcher tests each match against it, so it must be random access.</summary>
    private sealed class BitsCachingFilter(Filter filter) : CachingWrapperFilter(filter)
    {
        protected override DocIdSet DocIdSetToCache(DocIdSet docIdSet, AtomicReader reader)
        {
            var bits = new Lucene.Net.Util.FixedBitSet(reader.MaxDoc);
            if (docIdSet?.GetIterator() is { } iterator)
            {
                bits.Or(iterator);
            }

            return bits;
        }
    }
}
