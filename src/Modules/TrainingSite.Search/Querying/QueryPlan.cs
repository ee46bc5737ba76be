using TrainingSite.Search.Scoring;

namespace TrainingSite.Search.Querying;

/// <summary>
/// A query ready to run: its word groups, how many of them a document must match, the phrases to check in
/// the text, and every index term whose postings are needed (with the title-marked ones).
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryGroup> Groups, int RequiredGroups, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    public static QueryPlan Empty { get; } = new([], 0, []);

    public bool IsEmpty => Groups.Count == 0;

    public IReadOnlyList<string> Terms { get; } = Groups.SelectMany(g => g.Terms).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The terms numbered for scoring, each with its title twin: what to fetch from the index.</summary>
    public TermIndex Index => _index ??= new TermIndex(Terms);

    private TermIndex? _index;

    /// <summary>The terms to mark in snippets: whole-word matches, not compound parts (which would mark "hoitoaika" for "päivähoito").</summary>
    public IReadOnlySet<string> HighlightTerms { get; } = Groups
        .SelectMany(g => g.Alternatives)
        .Where(a => a.Kind is not (MatchKind.Part or MatchKind.Compound))
        .SelectMany(a => a.Terms)
        .ToHashSet(StringComparer.Ordinal);
}
