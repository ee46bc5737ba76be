namespace TrainingSite.Guidance.Services;

/// <summary>What an author writes into an article's draft: the text per language and what places the article.</summary>
/// <param name="ReviewedOn">The day the author checked the facts ("facts checked" ticked); null keeps the date the article had.</param>
public sealed record ArticleDraft(LocalizedText Title, LocalizedText Body, string TopicId, string Audience, IReadOnlyList<string> Tags, DateOnly? ReviewedOn = null);
