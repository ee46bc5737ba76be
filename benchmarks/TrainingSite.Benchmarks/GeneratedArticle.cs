namespace TrainingSite.Benchmarks;

/// <summary>A generated, published guidance article: the columns of its GuidanceArticles and GuidanceArticleVersions rows.</summary>
public sealed record GeneratedArticle(
    string Id,
    string? Region,
    string Topic,
    string Audience,
    IReadOnlyList<string> Tags,
    IReadOnlyDictionary<string, string> Title,
    IReadOnlyDictionary<string, string> Body);
