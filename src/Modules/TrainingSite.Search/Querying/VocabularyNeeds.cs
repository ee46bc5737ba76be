namespace TrainingSite.Search.Querying;

/// <summary>
/// What a query asks of the index's vocabulary before it can be planned: which spellings one edit away
/// from its longer words exist (typos), and which words begin with the word being typed.
/// </summary>
public sealed record VocabularyNeeds(IReadOnlyList<string> TypoCandidates, string? Prefix);
