namespace TrainingSite.Guidance.Services;

/// <summary>One row of the authoring list: the article as its authors see it (the draft, else the live version).</summary>
public sealed record ArticleListItem(string Id, string? RegionId, LocalizedText Title, string TopicId, ArticleState State, DateOnly? ReviewedOn);
