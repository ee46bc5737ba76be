using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Querying;

/// <summary>
/// Expands a parsed query into word groups of weighted alternatives. The weights rank the more exact
/// matches first (the word as typed, then folded, base form, a completion, compound parts, a corrected
/// typo); they were tuned on the judged query set (tests/search-quality).
/// </summary>
public sealed class QueryPlanner(TextAnalyzer analyzer)
{
    public const double ExactWeight = 1.0;
    public const double FoldedWeight = 0.85;
    public const double LemmaWeight = 0.75;
    public const double PrefixWeight = 0.6;
    public const double CompoundWeight = 0.5;
    public const double PartWeight = 0.45;
    public const double TypoWeight = 0.45;

    private const int MaxCompletions = 12;

    /// <summary>The vocabulary lookups a query needs: its own words (for suggestions and typos), their compound halves and joins, the word being typed.</summary>
    public static VocabularyNeeds Needs(ParsedQuery query)
    {
        var lookups = new List<string>();
        var words = ContentWords(query).Select(w => w.Word).Distinct(StringComparer.Ordinal).ToList();
        foreach (var word in words)
        {
            var folded = TextFolding.Fold(word);
            lookups.Add(folded);
            lookups.AddRange(VocabularyCompounds.SplitHalves(folded));
        }

        lookups.AddRange(words.Zip(words.Skip(1), VocabularyCompounds.Join));
        var prefix = query.PrefixWord is { } typing ? TextFolding.Fold(typing) : null;
        var correctable = words.Select(TextFolding.Fold).Where(folded => folded.Length >= Edits.MinWordLength).Distinct(StringComparer.Ordinal).ToList();
        return new VocabularyNeeds(lookups.Distinct(StringComparer.Ordinal).ToList(), prefix, correctable);
    }

    public QueryPlan Plan(ParsedQuery query, VocabularyAnswers vocabulary)
    {
        var groups = new List<QueryGroup>();
        var phraseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, inPhrase) in ContentWords(query))
        {
            if (groups.Any(g => g.Word == word))
            {
                continue;
            }

            var isPrefix = !inPhrase && word == query.PrefixWord;
            groups.Add(new QueryGroup(word, [.. Alternatives(word, vocabulary, isPrefix), .. Splits(word, vocabulary)]));
            if (inPhrase)
            {
                phraseWords.Add(word);
            }
        }

        AddJoins(groups, vocabulary);
        var phrases = query.Clauses.Where(c => c.IsPhrase).Select(c => c.Words).ToList();
        var required = Math.Max(MinimumShouldMatch(groups.Count), Math.Min(groups.Count, phraseWords.Count));
        return new QueryPlan(groups, required, phrases);
    }

    /// <summary>
    /// "Did you mean": each word the index does not know replaced by its most common one-edit variant;
    /// null when every word is known or none can be corrected.
    /// </summary>
    public static string? Suggestion(ParsedQuery query, VocabularyAnswers vocabulary)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words)
        {
            var folded = TextFolding.Fold(word);
            var known = vocabulary.KnownWords.ContainsKey(folded) || Stopwords.InAnyLanguage(word) || folded.Length < Edits.MinWordLength;
            var best = known ? null : Edits.OneEditAway(folded)
                .Select(candidate => vocabulary.KnownWords.GetValueOrDefault(candidate))
                .Where(candidate => candidate is not null)
                .MaxBy(candidate => candidate!.Documents);
            changed |= best is not null;
            words.Add(best?.Display ?? word);
        }

        return changed ? string.Join(' ', words) : null;
    }

    /// <summary>
    /// How many of a query's words a text must match: half, rounded up. Requiring every word loses the texts
    /// that say it differently ("Espoo päivähoito" and the national day care article); ranking by the share
    /// of words matched keeps the texts with all of them first. Measured on the judged set.
    /// </summary>
    public static int MinimumShouldMatch(int words) => (words + 1) / 2;

    /// <summary>A word the texts write as two ("daycare": "day" and "care"), matched when a text has both.</summary>
    private IEnumerable<QueryAlternative> Splits(string word, VocabularyAnswers vocabulary) =>
        VocabularyCompounds.KnownSplits(TextFolding.Fold(word), vocabulary).Select(split => new QueryAlternative(
            [WholeWordTerms(split.First), WholeWordTerms(split.Second)], CompoundWeight, MatchKind.Compound));

    /// <summary>Two neighbouring words the texts write as one ("info finland": "infofinland") match it, in both groups.</summary>
    private void AddJoins(List<QueryGroup> groups, VocabularyAnswers vocabulary)
    {
        for (var index = 0; index + 1 < groups.Count; index++)
        {
            var joined = VocabularyCompounds.Join(groups[index].Word, groups[index + 1].Word);
            if (vocabulary.KnownWords.ContainsKey(joined))
            {
                var alternative = new QueryAlternative([WholeWordTerms(joined)], CompoundWeight, MatchKind.Compound);
                groups[index] = groups[index] with { Alternatives = [.. groups[index].Alternatives, alternative] };
                groups[index + 1] = groups[index + 1] with { Alternatives = [.. groups[index + 1].Alternatives, alternative] };
            }
        }
    }

    /// <summary>A folded word as itself, folded and by its base forms: the ways a whole word is found.</summary>
    private List<string> WholeWordTerms(string folded) =>
        [IndexTerms.Exact(folded), IndexTerms.Folded(folded), .. analyzer.ExpandQueryWord(folded).Lemmas.Select(IndexTerms.Lemma)];

    /// <summary>The words that carry meaning; stopwords go unless nothing else is left.</summary>
    private static List<(string Word, bool InPhrase)> ContentWords(ParsedQuery query)
    {
        var all = query.Clauses.SelectMany(c => c.Words.Select(w => (Word: w, InPhrase: c.IsPhrase))).ToList();
        var content = all.Where(w => !Stopwords.InAnyLanguage(w.Word)).ToList();
        return content.Count > 0 ? content : all;
    }

    private List<QueryAlternative> Alternatives(string word, VocabularyAnswers vocabulary, bool isPrefix)
    {
        var forms = analyzer.ExpandQueryWord(word);
        var alternatives = new List<QueryAlternative>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string term, double weight, MatchKind kind)
        {
            if (seen.Add(term))
            {
                alternatives.Add(QueryAlternative.Term(term, weight, kind));
            }
        }

        Add(IndexTerms.Exact(word), ExactWeight, MatchKind.Exact);
        Add(IndexTerms.Exact(forms.Folded), FoldedWeight, MatchKind.Folded);
        Add(IndexTerms.Folded(forms.Folded), FoldedWeight, MatchKind.Folded);
        foreach (var lemma in forms.Lemmas)
        {
            Add(IndexTerms.Lemma(lemma), LemmaWeight, MatchKind.Lemma);
        }

        foreach (var lemma in forms.Lemmas.Append(forms.Folded))
        {
            Add(IndexTerms.Part(lemma), PartWeight, MatchKind.Part);
        }

        if (forms.Parts.Count >= 2)
        {
            alternatives.Add(new QueryAlternative(
                forms.Parts.Select(part => (IReadOnlyList<string>)[IndexTerms.Lemma(part), IndexTerms.Part(part)]).ToList(),
                CompoundWeight, MatchKind.Compound));
        }

        if (isPrefix)
        {
            foreach (var completion in vocabulary.Completions.Take(MaxCompletions))
            {
                Add(IndexTerms.Exact(completion), PrefixWeight, MatchKind.Prefix);
                Add(IndexTerms.Folded(completion), PrefixWeight, MatchKind.Prefix);
            }
        }

        // A word the texts use as typed is not a typo: correcting it too would only add noise and work.
        if (forms.Folded.Length >= Edits.MinWordLength && !vocabulary.KnownWords.ContainsKey(forms.Folded))
        {
            foreach (var corrected in Edits.OneEditAway(forms.Folded).Where(vocabulary.KnownWords.ContainsKey))
            {
                Add(IndexTerms.Exact(corrected), TypoWeight, MatchKind.Typo);
                Add(IndexTerms.Folded(corrected), TypoWeight, MatchKind.Typo);
                foreach (var lemma in analyzer.ExpandQueryWord(corrected).Lemmas)
                {
                    Add(IndexTerms.Lemma(lemma), TypoWeight, MatchKind.Typo);
                }
            }
        }

        return alternatives;
    }
}
