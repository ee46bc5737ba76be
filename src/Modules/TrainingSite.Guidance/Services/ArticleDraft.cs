namespace TrainingSite.Guidance.Services;

/// <summary>What an author writes into an article's draft: the text per language and what places the article.</summary>
public sealed record ArticleDraft(LocalizedText Title, LocalizedText Body, string TopicId, string Audience, IReadOnlyList<string> Tags);
