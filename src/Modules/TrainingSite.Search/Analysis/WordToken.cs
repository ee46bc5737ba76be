namespace TrainingSite.Search.Analysis;

/// <summary>One word of a text, lower-cased, with where it stands in the text (for snippets and highlighting).</summary>
public readonly record struct WordToken(string Word, int Start, int Length);
