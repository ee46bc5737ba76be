namespace TrainingSite.Core.Content;

/// <summary>A translation last changed (<paramref name="ChangedAt"/>) before the Finnish text it translates.</summary>
public sealed record OlderTranslation(string Culture, DateTimeOffset ChangedAt);
