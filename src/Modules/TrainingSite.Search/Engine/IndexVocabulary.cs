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
        var fields = VocabularyField.Readable(publicOnly).Select(field => MultiFields.GetTerms(reader, field)).OfType<Terms>().Select(terms => terms.GetEnumerator()).ToList();
        if (fields.Count == 0)
        {
            return VocabularyAnswers.None;
        }

        var live = MultiFields.GetLiveDocs(reader);
        var known = new Dictionary<string, VocabularyWord>(StringComparer.Ordinal);
        void LookUp(IEnumerable<string> words)
        {
            foreach (var candidate in words.Where(c => c.Length is > 0 and <= MaxTermLength && !known.ContainsKey(c)).Distinct(StringComparer.Ordinal))
            {
                if (Word(fields, candidate, live) is { } word)
                {
                    known[candidate] = word;
                }
            }
        }

        LookUp(needs.Words);
        LookUp(needs.CorrectIfUnknown);
        LookUp(needs.CorrectIfUnknown.Where(word => !known.ContainsKey(word)).SelectMany(Edits.OneEditAway));

        var completions = needs.Prefix is { Length: > 0 and <= MaxTermLength } prefix ? Completions(fields, prefix, live, maxCompletions) : [];
        return new VocabularyAnswers(known, completions);
    }

    /// <summary>A folded word's entry: its spellings' translations summed over the fields, shown as its commonest spelling; null when no live translation has it.</summary>
    private static VocabularyWord? Word(List<TermsEnum> fields, string folded, IBits? live)
    {
        var start = folded + VocabularyField.Separator;
        var spellings = new Dictionary<string, int>(StringComparer.Ordinal);
        var alive = false;
        foreach (var termsEnum in fields)
        {
            if (termsEnum.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

            do
            {
                var term = termsEnum.Term.Utf8ToString();
                if (!term.StartsWith(start, StringComparison.Ordinal))
                {
                    break;
                }

                var written = VocabularyField.Split(term).Written;
                spellings[written] = spellings.GetValueOrDefault(written) + termsEnum.DocFreq;
                alive = alive || HasLiveDocument(termsEnum, live);
            }
            while (termsEnum.MoveNext());
        }

        return alive
            ? new VocabularyWord(spellings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, spellings.Values.Sum())
            : null;
    }

    /// <summary>The words beginning with the prefix (not the prefix itself), commonest first, then alphabetically.</summary>
    private static List<string> Completions(List<TermsEnum> fields, string prefix, IBits? live, int max)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var termsEnum in fields)
        {
            if (termsEnum.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }

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
        }

        // Liveness is checked for the words about to be offered only: a check per scanned term would cost more than the scan.
        return [.. counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Where(c => live is null || Word(fields, c.Key, live) is not null)
            .Take(max).Select(c => c.Key)];
    }

    private static bool HasLiveDocument(TermsEnum termsEnum, IBits? live) =>
        live is null || termsEnum.Docs(live, null, DocsFlags.NONE).NextDoc() != DocIdSetIterator.NO_MORE_DOCS;
}
