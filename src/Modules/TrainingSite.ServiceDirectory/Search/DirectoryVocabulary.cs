using TrainingSite.Search.Querying;

namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// The words of the published points, folded, with how many points have each: answers a query's
/// <see cref="VocabularyNeeds"/> (known words, typo corrections, completions of the word being typed) as the
/// guidance index does, so <see cref="QueryPlanner"/> plans directory queries the same way.
/// </summary>
public sealed class DirectoryVocabulary
{
    private const int MaxCompletions = 12;
    private const int CompletionScanLimit = 4000;

    private readonly Dictionary<string, VocabularyWord> _words;
    private readonly string[] _sorted;

    public DirectoryVocabulary(Dictionary<string, VocabularyWord> words)
    {
        _words = words;
        _sorted = [.. words.Keys.Order(StringComparer.Ordinal)];
    }

    public int Count => _words.Count;

    public VocabularyAnswers Answer(VocabularyNeeds needs)
    {
        var known = new Dictionary<string, VocabularyWord>(StringComparer.Ordinal);
        foreach (var word in needs.Words)
        {
            if (_words.TryGetValue(word, out var found))
            {
                known[word] = found;
            }
        }

        foreach (var word in needs.CorrectIfUnknown.Where(w => !_words.ContainsKey(w)))
        {
            foreach (var variant in Edits.OneEditAway(word))
            {
                if (_words.TryGetValue(variant, out var found))
                {
                    known[variant] = found;
                }
            }
        }

        return new VocabularyAnswers(known, needs.Prefix is { Length: > 0 } prefix ? Completions(prefix) : []);
    }

    /// <summary>The commonest words that begin with <paramref name="prefix"/> (not the prefix itself).</summary>
    private List<string> Completions(string prefix)
    {
        var start = Array.BinarySearch(_sorted, prefix, StringComparer.Ordinal);
        start = start < 0 ? ~start : start;
        var candidates = new List<string>();
        for (var index = start; index < _sorted.Length && index - start < CompletionScanLimit && _sorted[index].StartsWith(prefix, StringComparison.Ordinal); index++)
        {
            if (_sorted[index].Length > prefix.Length)
            {
                candidates.Add(_sorted[index]);
            }
        }

        return [.. candidates.OrderByDescending(w => _words[w].Documents).ThenBy(w => w, StringComparer.Ordinal).Take(MaxCompletions)];
    }
}
