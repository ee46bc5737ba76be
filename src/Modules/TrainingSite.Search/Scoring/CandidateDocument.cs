namespace TrainingSite.Search.Scoring;

/// <summary>
/// One indexed translation that matched at least one query term, with the matched terms (title matches
/// appear again with the title prefix). Both index engines answer with these, so scoring is shared.
/// </summary>
public sealed record CandidateDocument(int Id, string ArticleId, string Language, string? RegionId, string TopicId)
{
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);
}
