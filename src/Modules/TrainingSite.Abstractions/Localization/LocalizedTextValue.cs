namespace TrainingSite.Abstractions.Localization;

/// <summary>A resolved text: the text, the culture it is in, and whether that differs from the one asked for.</summary>
public sealed record LocalizedTextValue(string Text, string Culture, bool IsFallback);
