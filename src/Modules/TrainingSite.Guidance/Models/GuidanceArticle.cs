namespace TrainingSite.Guidance.Models;

/// <summary>A guidance article of the national part (region null) or of a region. Its text lives in versions.</summary>
public class GuidanceArticle
{
    public required string Id { get; set; }

    public string? RegionId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<GuidanceArticleVersion> Versions { get; set; } = [];
}
