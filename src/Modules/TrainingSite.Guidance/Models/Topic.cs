namespace TrainingSite.Guidance.Models;

/// <summary>A subject area of guidance (housing, health ...). Topics are content, defined by recipes.</summary>
public class Topic
{
    public required string Id { get; set; }

    public LocalizedText Name { get; set; } = LocalizedText.Empty;

    public int SortOrder { get; set; }
}
