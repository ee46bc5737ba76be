namespace TrainingSite.Benchmarks;

/// <summary>An article of the shipped guidance recipe: what it is about and its text per language.</summary>
public sealed record ShippedArticle(
    string Id,
    string? Region,
    string Topic,
    string Audience,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Body);
