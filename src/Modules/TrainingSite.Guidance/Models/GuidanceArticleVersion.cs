namespace TrainingSite.Guidance.Models;

/// <summary>
/// One version of an article: its text per language and what places it (topic, audience, tags), so that a
/// draft can move an article to another topic or audience without changing what readers see until it is published.
/// </summary>
public class GuidanceArticleVersion : ContentVersion
{
    public required string ArticleId { get; set; }

    public LocalizedText Body { get; set; } = LocalizedText.Empty;

    public string TopicId { get; set; } = string.Empty;

    public string Audience { get; set; } = GuidanceAudience.Public;

    public List<string> Tags { get; set; } = [];

    /// <summary>The day an author last checked the article's facts; null when never checked.</summary>
    public DateOnly? ReviewedOn { get; set; }

    public override LocalizedText MainText => Body;

    public static GuidanceArticleVersion CopyOf(string articleId, GuidanceArticleVersion? source) => new()
    {
        ArticleId = articleId,
        Title = source?.Title ?? LocalizedText.Empty,
        Body = source?.Body ?? LocalizedText.Empty,
        TopicId = source?.TopicId ?? string.Empty,
        Audience = source?.Audience ?? GuidanceAudience.Public,
        Tags = source is null ? [] : [.. source.Tags],
        ReviewedOn = source?.ReviewedOn,
    };
}
