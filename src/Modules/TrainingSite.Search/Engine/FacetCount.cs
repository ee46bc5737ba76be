namespace TrainingSite.Search.Engine;

/// <summary>How many found articles have one value of a facet.</summary>
public sealed record FacetCount(string Id, int Count);

/// <summary>How many of the found articles fall in each topic, region ("national" for the national part) and language.</summary>
public sealed record IndexFacets(IReadOnlyList<FacetCount> Topic, IReadOnlyList<FacetCount> Region, IReadOnlyList<FacetCount> Language)
{
    public static IndexFacets Empty { get; } = new([], [], []);
}
