using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Answers a query's <see cref="VocabularyNeeds"/> from the index's <see cref="VocabularyField"/> of the
/// caller's audience: which of the words asked about the texts contain (with a spelling to show and in how
/// many translations), and the commonest words completing the word being typed. A word counts only while a
/// live translation has it: a deleted one's terms linger in the term dictionary until its segment merges.
/// </summary>
internal static class IndexVocabulary
{
    /// <summary>How many vocabulary terms a completion looks at: a short prefix of a large corpus has thousands.</summary>
    private const int CompletionScanLimit = 4000;

    private const int MaxTermLength = 100;

    public static VocabularyAnswers Lookup(IndexReader reader, VocabularyNeeds needs, bool publicOnly, int maxCompletions)
    {
        var terms = MultiFields.GetTerms(reader, publicOnly ? VocabularyField.Public : VocabularyField.All);
        if (terms is null)
        {
            return VocabularyAnswers.None;
        }

        var live = MultiFields.GetLiveDocs(reader);
        var termsEnum = terms.GetEnumerator();
        var known = new Dictionary<string, VocabularyWord>(StringComparer.Ordinal);
        void LookUp(IEnumerable<string> words)
        {
            foreach (var candidate in words.Where(c => c.Length is > 0 and <= MaxTermLength && !known.ContainsKey(c)).Distinct(StringComparer.Ordinal))
            {
                if (Word(termsEnum, candidate, live) is { } word)
                {
                    known[candidate] = word;
                }
            }
        }

        LookUp(needs.Words);
        LookUp(needs.CorrectIfUnknown);
        LookUp(needs.CorrectIfUnknown.Where(word => !known.ContainsKey(word)).SelectMany(Edits.OneEditAway));

        var completions = needs.Prefix is { Length: > 0 and <= MaxTermLength } prefix ? Completions(termsEnum, prefix, live, maxCompletions) : [];
        return new VocabularyAnswers(known, completions);
    }

    /// <summary>A folded word's entry: its spellings' translations summed, shown as its commonest spelling; null when no live translation has it.</summary>
    private static VocabularyWord? Word(TermsEnum termsEnum, string folded, IBits? live)
    {
        var start = folded + VocabularyField.Separator;
        if (termsEnum.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
        {
            return null;
        }

        var (documents, display, displayCount, alive) = (0, (string?)null, -1, false);
        do
        {
            var term = termsEnum.Term.Utf8ToString();
            if (!term.StartsWith(start, StringComparison.Ordinal))
            {
                break;
            }

            var count = termsEnum.DocFreq;
            documents += count;
            if (count > displayCount)
            {
                (display, displayCount) = (VocabularyField.Split(term).Written, count);
            }

            alive = alive || HasLiveDocument(termsEnum, live);
        }
        while (termsEnum.MoveNext());

        return alive && display is not null ? new VocabularyWord(display, documents) : null;
    }

    /// <summary>The words beginning with the prefix (not the prefix itself), commonest first, then alphabetically.</summary>
    private static List<string> Completions(TermsEnum termsEnum, string prefix, IBits? live, int max)
    {
        if (termsEnum.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return [];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var scanned = 0;
        do
        {
            var (folded, _) = VocabularyField.Split(termsEnum.Term.Utf8ToString());
            if (!folded.StartsWith(prefix, StringComparison.Ordinal) || ++scanned > CompletionScanLimit)
            {
                break;
            }

            if (folded != prefix)
            {
                counts[folded] = counts.GetValueOrDefault(folded) + termsEnum.DocFreq;
            }
        }
        while (termsEnum.MoveNext());

        // Liveness is checked for the words about to be offered only: a check per scanned term would cost more than the scan.
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Where(c => live is null || Word(termsEnum, c.Key, live) is not null)
            .Take(max).Select(c => c.Key)];
    }

    private static bool HasLiveDocument(TermsEnum termsEnum, IBits? live) =>
        live is null || termsEnum.Docs(live, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
}
