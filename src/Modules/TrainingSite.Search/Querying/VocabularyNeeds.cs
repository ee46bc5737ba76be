namespace TrainingSite.Search.Querying;

/// <summary>
/// What a query asks of the index's vocabulary before it can be planned: which of some words the texts contain
/// (the query's words, their compound halves and joins), which words begin with the word being typed, and the
/// words to correct if the texts do not contain them: their one-edit variants are looked up only then, as a
/// word the texts use as typed is not a typo (and a long word has hundreds of variants to look up).
/// </summary>
public sealed record VocabularyNeeds(IReadOnlyList<string> Words, string? Prefix, IReadOnlyList<string>? CorrectIfUnknown = null)
{
    public IReadOnlyList<string> CorrectIfUnknown { get; } = CorrectIfUnknown ?? [];
}
