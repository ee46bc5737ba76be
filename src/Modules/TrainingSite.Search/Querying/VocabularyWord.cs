namespace TrainingSite.Search.Querying;

/// <summary>A word of the index's vocabulary: as written in a text, and in how many texts.</summary>
public sealed record VocabularyWord(string Display, int Documents);
