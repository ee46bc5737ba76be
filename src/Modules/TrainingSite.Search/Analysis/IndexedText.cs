namespace TrainingSite.Search.Analysis;

/// <summary>
/// One translation's index terms (title terms appear twice: plain, and marked with <see cref="IndexTerms.TitlePrefix"/>)
/// and its words, folded form → a spelling as written, for the vocabulary behind typo correction and suggestions.
/// </summary>
public sealed record IndexedText(IReadOnlyList<string> Terms, IReadOnlyDictionary<string, string> Words);
