namespace TrainingSite.Search.Querying;

/// <summary>
/// A query ready to run: its word groups, how many of them a document must match, the phrases to check in
/// the text, and every term it looks up (<see cref="Engine.GuidanceIndexSearch"/> reads them from the index).
/// </summary>
public sealed record QueryPlan(IReadOnlyList<QueryGroup> Groups, int RequiredGroups, IReadOnlyList<IReadOnlyList<string>> Phrases)
{
    public static QueryPlan Empty { get; } = new([], 0, []);

    public bool IsEmpty => Groups.Count == 0;

    public IReadOnlyList<string> Terms { get; } = Groups.SelectMany(g => g.Terms).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The terms to mark in snippets: whole-word matches, not compound parts (which would mark "hoitoaika" for "päivähoito").</summary>
    public IReadOnlySet<string> HighlightTerms { get; } = Groups
        .SelectMany(g => g.Alternatives)
        .Where(a => a.Kind is not (MatchKind.Part or MatchKind.Compound))
        .SelectMany(a => a.Terms)
        .ToHashSet(StringComparer.Ordinal);
}
