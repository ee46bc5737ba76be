namespace TrainingSite.Search.Querying;

/// <summary>A part of a query: one word, or the words of a "quoted phrase" that must stand together.</summary>
public sealed record QueryClause(IReadOnlyList<string> Words, bool IsPhrase);
