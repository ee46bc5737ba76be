namespace TrainingSite.Guidance.Search;

/// <summary>What filters, facets and grouping need of an indexed translation, kept in memory.</summary>
public sealed record DocumentInfo(string ArticleId, string Language, string? RegionId, string TopicId, string Audience)
{
    public bool Passes(SearchFilter filter) =>
        filter.Audiences.Contains(Audience)
        && (filter.Region is null || (filter.Region == SearchFilter.National ? RegionId is null : RegionId == filter.Region))
        && (filter.Topic is null || TopicId == filter.Topic)
        && (filter.Language is null || Language == filter.Language);
}
