using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

/// <summary>Offered by the guidance module: the titles of published articles, so other modules can link to them by name, and the topic taxonomy.</summary>
public interface IGuidanceDirectory
{
    /// <summary>The titles of those of the articles that are published; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, LocalizedText>> TitlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>The guidance topics in their order, for modules that file things under them (service points).</summary>
    Task<IReadOnlyList<TopicInfo>> TopicsAsync(CancellationToken cancellationToken);
}
