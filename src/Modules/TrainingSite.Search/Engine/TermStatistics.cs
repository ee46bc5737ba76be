using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace TrainingSite.Search.Engine;

/// <summary>
/// How many translations a caller may read, and how many of them have a term: the figures a term's rarity is
/// made of. Counted over live translations only (a replaced or deleted one is not counted, as it would not be in
/// a fresh index), and over the caller's audiences only, so that network articles change nothing a visitor sees,
/// not even a score. When the caller may read every audience the index has, the term statistics serve, less the
/// deleted translations (<see cref="LiveDocuments"/>); otherwise a term's postings are counted against the
/// audiences' documents, which costs a visitor's search one more read of each term.
/// </summary>
internal sealed class TermStatistics
{
    /// <summary>Readable translations per segment reader and set of audiences, counted once per reader.</summary>
    private static readonly ConditionalWeakTable<AtomicReader, ConcurrentDictionary<string, int>> Readable = [];

    private readonly IndexReader _reader;
    private readonly Filter? _audiences;
    private readonly string _audienceKey;

    public TermStatistics(IndexReader reader, IReadOnlyList<string> audiences)
    {
        _reader = reader;
        _audienceKey = string.Join('\n', audiences.Order(StringComparer.Ordinal));
        _audiences = ReadsEveryAudience(reader, audiences) ? null : FilterQuery.Audience(audiences);
        Total = reader.Leaves.Sum(leaf => ReadableIn(leaf));
    }

    /// <summary>How many translations the caller may read.</summary>
    public int Total { get; }

    /// <summary>How many of them have the term.</summary>
    public int DocumentsWith(Term term)
    {
        var documents = 0;
        foreach (var leaf in _reader.Leaves)
        {
            var termsEnum = leaf.AtomicReader.GetTerms(term.Field)?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(term.Bytes))
            {
                continue;
            }

            if (_audiences is null)
            {
                documents += LiveDocuments.Count(termsEnum, leaf.AtomicReader);
                continue;
            }

            var readable = AudienceBits(leaf);
            if (readable is null)
            {
                continue;
            }

            var docs = termsEnum.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.NONE);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                documents += readable.Get(doc) ? 1 : 0;
            }
        }

        return documents;
    }

    private int ReadableIn(AtomicReaderContext leaf)
    {
        if (_audiences is null)
        {
            return leaf.AtomicReader.NumDocs;
        }

        return Readable.GetOrCreateValue(leaf.AtomicReader).GetOrAdd(_audienceKey, _ =>
        {
            var bits = AudienceBits(leaf);
            var count = 0;
            for (var doc = 0; bits is not null && doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                count += bits.Get(doc) ? 1 : 0;
            }

            return count;
        });
    }

    /// <summary>The segment's live documents of the caller's audiences.</summary>
    private IBits? AudienceBits(AtomicReaderContext leaf) => _audiences!.GetDocIdSet(leaf, leaf.AtomicReader.LiveDocs)?.Bits;

    /// <summary>True when the audiences include every audience the index holds (a network member's search).</summary>
    private static bool ReadsEveryAudience(IndexReader reader, IReadOnlyList<string> audiences)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Audience);
        if (terms is null)
        {
            return true;
        }

        var termsEnum = terms.GetEnumerator();
        while (termsEnum.MoveNext())
        {
            if (!audiences.Contains(termsEnum.Term.Utf8ToString(), StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
