namespace TrainingSite.Abstractions.Guidance;

/// <summary>Offered by the guidance module: the topic taxonomy in its order, so other modules can name and filter by topics.</summary>
public interface IGuidanceTopics
{
    Task<IReadOnlyList<TopicInfo>> ListAsync(CancellationToken cancellationToken);
}
