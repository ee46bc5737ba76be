namespace TrainingSite.Guidance.Models;

/// <summary>
/// One published translation of an article as the search index sees it: what filters and facets need, and
/// the plain text that snippets are cut from. Its index terms live in the engine's own table.
/// </summary>
public class SearchDocument
{
    public int Id { get; set; }

    public required string ArticleId { get; set; }

    public required string Language { get; set; }

    public string? RegionId { get; set; }

    public required string TopicId { get; set; }

    public required string Audience { get; set; }

    public required string Title { get; set; }

    public string Tags { get; set; } = string.Empty;

    public required string Text { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
