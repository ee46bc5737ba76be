namespace TrainingSite.Search.Querying;

/// <summary>
/// A query as words and phrases. <see cref="LastWordIsPrefix"/> is set when the user may still be typing the
/// last word (the text does not end in a space or a quote), so it also matches longer words.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, bool LastWordIsPrefix)
{
    public static ParsedQuery Empty { get; } = new([], false);

    public bool IsEmpty => Clauses.Count == 0;

    public IEnumerable<string> Words => Clauses.SelectMany(c => c.Words);

    public string? PrefixWord => LastWordIsPrefix ? Clauses[^1].Words[^1] : null;
}
