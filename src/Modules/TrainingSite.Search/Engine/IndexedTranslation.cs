namespace TrainingSite.Search.Engine;

/// <summary>
/// One published translation of an article as the index takes it: what it is found by (title, tags, plain
/// text) and what filters and facets need. <paramref name="RegionId"/> is null for the national part.
/// </summary>
public sealed record IndexedTranslation(
    string ArticleId,
    string Language,
    string? RegionId,
    string TopicId,
    string Audience,
    string Title,
    IReadOnlyList<string> Tags,
    string Text);

/// <summary>An article's translations to index now, replacing what the index had; none means it is gone (unpublished or deleted).</summary>
public sealed record ArticleUpdate(string ArticleId, IReadOnlyList<IndexedTranslation> Translations);
