using System.Collections.Concurrent;
using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.LuceneAnalysis;

/// <summary>
/// The forms of each distinct (language, word), computed once per process: Voikko and libstemmer are
/// native calls serialised behind a lock, and one translation is analysed into several fields, each asking
/// for the same word. Bounded, because query words are user input; past the bound words are analysed anew.
/// </summary>
public sealed class WordFormsCache(TextAnalyzer analysis)
{
    private const int Limit = 500_000;

    private readonly ConcurrentDictionary<(string Language, string Word), WordForms> _forms = new();

    public TextAnalyzer Analysis { get; } = analysis;

    public WordForms Of(string language, string word)
    {
        var key = (language, word);
        if (_forms.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var forms = Compute(language, word);
        if (_forms.Count < Limit)
        {
            _forms.TryAdd(key, forms);
        }

        return forms;
    }

    private WordForms Compute(string language, string word)
    {
        var stem = Analysis.Stem(language, word);
        return new WordForms(
            word,
            TextFolding.Fold(word),
            FoldedDistinct(Analysis.BaseForms(language, word)),
            stem is null ? [] : FoldedDistinct([stem]),
            FoldedDistinct(Analysis.Parts(language, word)));
    }

    private static string[] FoldedDistinct(IEnumerable<string> forms) =>
        forms.Select(TextFolding.Fold).Where(form => form.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
}
