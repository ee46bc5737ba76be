using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

/// <summary>A published article by id and title, for a list of links to it.</summary>
public sealed record GuidanceArticleLink(string Id, LocalizedText Title);
