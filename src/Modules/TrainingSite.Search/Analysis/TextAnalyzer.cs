using System.Collections.Concurrent;

namespace TrainingSite.Search.Analysis;

/// <summary>
/// Turns guidance text into index terms and query words into the forms they may match, for Finnish,
/// Swedish and English. Finnish base forms and compound parts come from Voikko, stems from Snowball; both
/// are optional (see <see cref="Status"/>). One instance serves the whole process.
/// </summary>
public sealed class TextAnalyzer : IDisposable
{
    private const int MaxRestoredLetters = 6;
    private const int QueryCacheLimit = 50_000;
    private const int TermCacheLimit = 300_000;

    private readonly Dictionary<string, SnowballStemmer> _stemmers = new(StringComparer.Ordinal);
    private readonly VoikkoAnalyzer? _voikko;
    private readonly ConcurrentDictionary<string, QueryWordForms> _queryCache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Language, string Word), string[]> _termCache = new();

    /// <param name="useSnowball">Stem with Snowball (when libstemmer is there); off only to measure what it adds.</param>
    /// <param name="useVoikko">Analyse Finnish with Voikko (when it is there); off only to measure what it adds.</param>
    public TextAnalyzer(bool useSnowball = true, bool useVoikko = true)
    {
        if (useSnowball)
        {
            foreach (var (language, algorithm) in new[] { ("fi", "finnish"), ("sv", "swedish"), ("en", "english") })
            {
                if (SnowballStemmer.TryCreate(algorithm) is { } stemmer)
                {
                    _stemmers[language] = stemmer;
                }
            }
        }

        if (useVoikko)
        {
            _voikko = VoikkoAnalyzer.TryCreate();
        }

        Status = new AnalysisStatus(_stemmers.Count == 3, _voikko is not null);
    }

    public static IReadOnlyList<string> Languages { get; } = ["fi", "sv", "en"];

    public AnalysisStatus Status { get; }

    /// <summary>
    /// The terms one word of a document adds to the index. Cached per language and word: texts repeat their
    /// words, and indexing and snippets ask for the same ones again and again (bounded, as for queries).
    /// </summary>
    public IReadOnlyList<string> TermsOfWord(string language, string word)
    {
        var key = (language, word);
        if (_termCache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var terms = ComputeTermsOfWord(language, word).ToArray();
        if (_termCache.Count < TermCacheLimit)
        {
            _termCache.TryAdd(key, terms);
        }

        return terms;
    }

    private IEnumerable<string> ComputeTermsOfWord(string language, string word)
    {
        yield return IndexTerms.Exact(word);
        var folded = TextFolding.Fold(word);
        if (folded != word)
        {
            yield return IndexTerms.Folded(folded);
        }

        foreach (var lemma in Lemmas(language, word))
        {
            yield return IndexTerms.Lemma(lemma);
        }

        foreach (var part in Parts(language, word))
        {
            yield return IndexTerms.Part(part);
        }
    }

    /// <summary>
    /// What a query word may match. A query is not tied to one language (a counsellor searching in Finnish
    /// may type a Swedish word), so the word is stemmed in every language; a word typed without ä/ö that
    /// Voikko does not know is tried with the letters restored.
    /// </summary>
    public QueryWordForms ExpandQueryWord(string word)
    {
        if (_queryCache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var forms = Expand(word);
        if (_queryCache.Count < QueryCacheLimit)
        {
            // Bounded: queries are user input, and an unbounded cache would let anyone fill the memory.
            _queryCache.TryAdd(word, forms);
        }

        return forms;
    }

    /// <summary>Base forms (Voikko) and stems (Snowball) of a word in one language.</summary>
    public IReadOnlyList<string> Lemmas(string language, string word)
    {
        var lemmas = new List<string>(3);
        lemmas.AddRange(BaseForms(language, word));
        if (Stem(language, word) is { } stem)
        {
            AddIfNew(lemmas, stem);
        }

        return lemmas;
    }

    /// <summary>Base forms of a Finnish word, from Voikko; empty for other languages and unknown words.</summary>
    public IReadOnlyList<string> BaseForms(string language, string word) =>
        language == "fi" && _voikko is not null ? _voikko.Analyze(word).BaseForms : [];

    /// <summary>The Snowball stem of a word in one language, or null without a stemmer for it.</summary>
    public string? Stem(string language, string word) =>
        _stemmers.TryGetValue(language, out var stemmer) ? stemmer.Stem(word) : null;

    /// <summary>Compound parts of a Finnish word, from Voikko.</summary>
    public IReadOnlyList<string> Parts(string language, string word) =>
        language == "fi" && _voikko is not null ? _voikko.Analyze(word).CompoundParts : [];

    public void Dispose()
    {
        foreach (var stemmer in _stemmers.Values)
        {
            stemmer.Dispose();
        }

        _voikko?.Dispose();
    }

    private QueryWordForms Expand(string word)
    {
        var folded = TextFolding.Fold(word);
        var lemmas = new List<string>();
        var parts = new List<string>();
        foreach (var language in Languages)
        {
            foreach (var lemma in Lemmas(language, word).Concat(folded != word ? Lemmas(language, folded) : []))
            {
                AddIfNew(lemmas, TextFolding.Fold(lemma));
            }
        }

        foreach (var known in FinnishSpellings(word))
        {
            var analysis = _voikko!.Analyze(known);
            foreach (var lemma in analysis.BaseForms)
            {
                AddIfNew(lemmas, TextFolding.Fold(lemma));
            }

            foreach (var part in analysis.CompoundParts)
            {
                AddIfNew(parts, TextFolding.Fold(part));
            }
        }

        return new QueryWordForms(word, folded, lemmas, parts);
    }

    /// <summary>The word itself if Voikko knows it; else, for a word typed without ä/ö, the restorations Voikko knows.</summary>
    private IEnumerable<string> FinnishSpellings(string word)
    {
        if (_voikko is null)
        {
            yield break;
        }

        if (_voikko.Analyze(word).IsKnown)
        {
            yield return word;
            yield break;
        }

        var positions = Enumerable.Range(0, word.Length).Where(i => word[i] is 'a' or 'o').Take(MaxRestoredLetters).ToArray();
        for (var mask = 1; mask < 1 << positions.Length; mask++)
        {
            var letters = word.ToCharArray();
            for (var bit = 0; bit < positions.Length; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    letters[positions[bit]] = letters[positions[bit]] == 'a' ? 'ä' : 'ö';
                }
            }

            var candidate = new string(letters);
            if (_voikko.Analyze(candidate).IsKnown)
            {
                yield return candidate;
            }
        }
    }

    private static void AddIfNew(List<string> list, string value)
    {
        if (value.Length > 0 && !list.Contains(value))
        {
            list.Add(value);
        }
    }
}
