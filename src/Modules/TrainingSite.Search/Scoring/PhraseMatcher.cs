using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// Checks a "quoted phrase" against a text: its words in order, side by side. Each word may be inflected
/// or typed without diacritics ("vahvan tunnistautumisen" matches "vahva tunnistautuminen").
/// </summary>
public sealed class PhraseMatcher(TextAnalyzer analyzer)
{
    public bool Contains(string language, string text, IReadOnlyList<string> phrase)
    {
        if (phrase.Count == 0)
        {
            return true;
        }

        var wanted = phrase.Select(QueryForms).ToList();
        var words = WordTokenizer.Words(text).ToList();
        var forms = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var start = 0; start + wanted.Count <= words.Count; start++)
        {
            var all = true;
            for (var offset = 0; offset < wanted.Count && all; offset++)
            {
                var word = words[start + offset];
                if (!forms.TryGetValue(word, out var wordForms))
                {
                    wordForms = TextForms(language, word);
                    forms[word] = wordForms;
                }

                all = wordForms.Overlaps(wanted[offset]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private HashSet<string> QueryForms(string word)
    {
        var forms = analyzer.ExpandQueryWord(word);
        return new HashSet<string>(forms.Lemmas.Append(forms.Folded), StringComparer.Ordinal);
    }

    private HashSet<string> TextForms(string language, string word) =>
        new(analyzer.Lemmas(language, word).Select(TextFolding.Fold).Append(TextFolding.Fold(word)), StringComparer.Ordinal);
}
