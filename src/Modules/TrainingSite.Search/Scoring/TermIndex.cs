using TrainingSite.Search.Analysis;

namespace TrainingSite.Search.Scoring;

/// <summary>
/// Numbers a plan's terms, each followed by its title-marked twin, so a candidate records its matches as bits
/// and scoring compares integers instead of hashing strings (tens of thousands of candidates on a large index).
/// </summary>
public sealed class TermIndex
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);

    public TermIndex(IEnumerable<string> terms)
    {
        var all = new List<string>();
        foreach (var term in terms)
        {
            if (_numbers.TryAdd(term, all.Count))
            {
                all.Add(term);
                _numbers[IndexTerms.Title(term)] = all.Count;
                all.Add(IndexTerms.Title(term));
            }
        }

        All = all;
    }

    /// <summary>Every term to look up in the index: each plan term and its title twin.</summary>
    public IReadOnlyList<string> All { get; }

    public int Count => All.Count;

    public int NumberOf(string term) => _numbers.GetValueOrDefault(term, -1);

    /// <summary>The title twin's number: terms are added in pairs, the twin right after its term.</summary>
    public static int TitleOf(int number) => number + 1;
}
