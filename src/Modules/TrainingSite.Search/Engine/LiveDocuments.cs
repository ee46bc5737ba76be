using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace TrainingSite.Search.Engine;

/// <summary>
/// How many live translations of a segment have a term. A term's document frequency still counts the
/// translations deleted or replaced since the segment was written (until a merge drops them), so the deleted
/// ones having it are subtracted: they are few (updates since the last merge), and a skip to each is cheap.
/// </summary>
internal static class LiveDocuments
{
    /// <summary>The deleted documents of each open segment reader, read once per reader (a refresh makes a new one).</summary>
    private static readonly ConditionalWeakTable<AtomicReader, int[]> Deleted = [];

    public static int Count(TermsEnum termsEnum, AtomicReader segment)
    {
        var deleted = DeletedOf(segment);
        var documents = termsEnum.DocFreq;
        if (deleted.Length == 0)
        {
            return documents;
        }

        var docs = termsEnum.Docs(null, null, DocsFlags.NONE);
        var at = -1;
        foreach (var doc in deleted)
        {
            if (at < doc)
            {
                at = docs.Advance(doc);
            }

            if (at == DocIdSetIterator.NO_MORE_DOCS)
            {
                break;
            }

            documents -= at == doc ? 1 : 0;
        }

        return documents;
    }

    private static int[] DeletedOf(AtomicReader segment) => segment.LiveDocs is null ? [] : Deleted.GetValue(segment, reader =>
    {
        var live = reader.LiveDocs;
        var deleted = new List<int>(reader.NumDeletedDocs);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (!live.Get(doc))
            {
                deleted.Add(doc);
            }
        }

        return [.. deleted];
    });
}
