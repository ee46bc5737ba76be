using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Guidance;

/// <summary>Offered by the guidance module: the titles of published articles, so other modules can link to them by name.</summary>
public interface IGuidanceDirectory
{
    /// <summary>The titles of those of the articles that are published; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, LocalizedText>> TitlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);
}
