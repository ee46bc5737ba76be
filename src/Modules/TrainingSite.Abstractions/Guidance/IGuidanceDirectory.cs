using System.Security.Claims;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

/// <summary>Offered by the guidance module: published articles and the topic taxonomy, so other modules can link to them by name.</summary>
public interface IGuidanceDirectory
{
    /// <summary>The titles of those of the articles that are published; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, LocalizedText>> TitlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>The guidance topics in their order, for modules that file things under them (service points).</summary>
    Task<IReadOnlyList<TopicInfo>> TopicsAsync(CancellationToken cancellationToken);


    /// <summary>
    /// The published articles <paramref name="reader"/> may read whose text links the service point
    /// (<c>servicepoint:{id}</c> in any language), ordered by id.
    /// </summary>
    Task<IReadOnlyList<GuidanceArticleLink>> LinkingToServicePointAsync(string pointId, ClaimsPrincipal reader, CancellationToken cancellationToken);
}
