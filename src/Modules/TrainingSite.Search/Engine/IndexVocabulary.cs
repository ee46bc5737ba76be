using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Search.Engine;

/// <summary>
/// Answers a query's <see cref="VocabularyNeeds"/> from the <see cref="VocabularyField"/>s of the caller's
/// audiences: which of the words asked about the texts contain (with a spelling to show and in how many
/// translations), the words one edit from a word the texts do not contain (through a Levenshtein automaton
/// intersected with the term dictionary, as Lucene's fuzzy query does, instead of looking up hundreds of
/// spellings), and the commonest words completing the word being typed. Read segment by segment; a word
/// counts the live translations that have it (<see cref="LiveDocuments"/>: a deleted one's terms stay in its
/// segment until a merge).
/// </summary>
internal static class IndexVocabulary
{
    /// <summary>How many vocabulary terms of a segment a completion looks at: a short prefix of a large corpus has thousands.</summary>
    private const int CompletionScanLimit = 4000;

    private const int MaxTermLength = 100;

    public static VocabularyAnswers Lookup(IndexReader reader, VocabularyNeeds needs, bool publicOnly, int maxCompletions)
    {
        var words = needs.Words.Concat(needs.CorrectIfUnknown)
            .Where(word => word.Length is > 0 and <= MaxTermLength)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var prefix = needs.Prefix is { Length: > 0 and <= MaxTermLength } typed ? typed : null;
        var found = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var completions = new Dictionary<string, Entry>(StringComparer.Ordinal);
        var segments = Segments(reader, publicOnly).ToList();
        foreach (var (terms, segment) in segments)
        {
            var termsEnum = terms.GetEnumerator();
            foreach (var word in words)
            {
                ReadSpellings(termsEnum, word, segment, found);
            }

            if (prefix is not null)
            {
                ReadCompletions(termsEnum, prefix, completions);
            }
        }

        var unknown = needs.CorrectIfUnknown.Where(word => word.Length <= MaxTermLength && !(found.GetValueOrDefault(word)?.Alive ?? false)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var word in unknown)
        {
            var oneEdit = OneEditAutomaton(word);
            foreach (var (terms, segment) in segments)
            {
                ReadAll(terms.Intersect(oneEdit, null), segment, found);
            }
        }

        var known = found.Where(f => f.Value.Alive).ToDictionary(f => f.Key, f => f.Value.Word, StringComparer.Ordinal);
        return new VocabularyAnswers(known, prefix is null ? [] : Offered(completions, prefix, segments, maxCompletions));
    }

    /// <summary>
    /// The completions to offer: ranked first by term statistics (which still count deleted translations), then
    /// the leading candidates counted exactly and ranked again, so only words live translations have are offered.
    /// </summary>
    private static List<string> Offered(Dictionary<string, Entry> completions, string prefix, List<(Terms Terms, AtomicReader Segment)> segments, int max)
    {
        var leading = completions.Where(c => c.Key != prefix)
            .OrderByDescending(c => c.Value.Documents).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(max * 3).Select(c => c.Key).ToList();
        var exact = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var (terms, segment) in segments)
        {
            var termsEnum = terms.GetEnumerator();
            foreach (var word in leading.Order(StringComparer.Ordinal))
            {
                ReadSpellings(termsEnum, word, segment, exact);
            }
        }

        return [.. exact.Where(c => c.Value.Alive)
            .OrderByDescending(c => c.Value.Documents).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(max).Select(c => c.Key)];
    }

    /// <summary>Every segment's vocabulary terms the caller may read, with the segment's live documents.</summary>
    private static IEnumerable<(Terms Terms, AtomicReader Segment)> Segments(IndexReader reader, bool publicOnly)
    {
        foreach (var leaf in reader.Leaves)
        {
            foreach (var field in VocabularyField.Readable(publicOnly))
            {
                if (leaf.AtomicReader.GetTerms(field) is { } terms)
                {
                    yield return (terms, leaf.AtomicReader);
                }
            }
        }
    }

    /// <summary>The terms of one folded word: "word␟spelling" for each spelling.</summary>
    private static void ReadSpellings(TermsEnum termsEnum, string folded, AtomicReader segment, Dictionary<string, Entry> found)
    {
        var start = folded + VocabularyField.Separator;
        if (termsEnum.SeekCeil(new BytesRef(start)) == TermsEnum.SeekStatus.END)
        {
            return;
        }

        do
        {
            var term = termsEnum.Term.Utf8ToString();
            if (!term.StartsWith(start, StringComparison.Ordinal))
            {
                return;
            }

            Add(found, term, LiveDocuments.Count(termsEnum, segment));
        }
        while (termsEnum.MoveNext());
    }

    /// <summary>Words beginning with the prefix, with their term statistics (deleted translations included): a first ranking only.</summary>
    private static void ReadCompletions(TermsEnum termsEnum, string prefix, Dictionary<string, Entry> completions)
    {
        if (termsEnum.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
        {
            return;
        }

        var scanned = 0;
        do
        {
            var term = termsEnum.Term.Utf8ToString();
            if (!term.StartsWith(prefix, StringComparison.Ordinal) || ++scanned > CompletionScanLimit)
            {
                return;
            }

            Add(completions, term, termsEnum.DocFreq);
        }
        while (termsEnum.MoveNext());
    }

    private static void ReadAll(TermsEnum termsEnum, AtomicReader segment, Dictionary<string, Entry> found)
    {
        while (termsEnum.MoveNext())
        {
            Add(found, termsEnum.Term.Utf8ToString(), LiveDocuments.Count(termsEnum, segment));
        }
    }

    private static void Add(Dictionary<string, Entry> entries, string term, int documents)
    {
        var (folded, written) = VocabularyField.Split(term);
        if (!entries.TryGetValue(folded, out var entry))
        {
            entry = new Entry();
            entries[folded] = entry;
        }

        entry.Add(written, documents);
    }

    /// <summary>The vocabulary terms of every word one edit (insert, delete, replace, swap) from the folded word.</summary>
    private static CompiledAutomaton OneEditAutomaton(string folded)
    {
        var word = new LevenshteinAutomata(folded, withTranspositions: true).ToAutomaton(1);
        var anySpelling = BasicOperations.Concatenate(BasicAutomata.MakeChar(VocabularyField.Separator), BasicAutomata.MakeAnyString());
        return new CompiledAutomaton(BasicOperations.Concatenate(word, anySpelling));
    }

    /// <summary>A folded word as found so far: its spellings with their translations, and whether a live translation has it.</summary>
    private sealed class Entry
    {
        private readonly Dictionary<string, int> _spellings = new(StringComparer.Ordinal);

        public int Documents { get; private set; }

        public bool Alive => Documents > 0;

        /// <summary>The word with its commonest spelling (ties: the first in code order) and its translations.</summary>
        public VocabularyWord Word => new(_spellings.Where(s => s.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key, Documents);

        public void Add(string written, int documents)
        {
            _spellings[written] = _spellings.GetValueOrDefault(written) + documents;
            Documents += documents;
        }
    }
}
