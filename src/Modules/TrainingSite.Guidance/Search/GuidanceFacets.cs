using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Search;

/// <summary>How many of the found articles fall in each topic, region ("national" for the national part) and language.</summary>
public sealed record GuidanceFacets(IReadOnlyList<FacetCount> Topic, IReadOnlyList<FacetCount> Region, IReadOnlyList<FacetCount> Language)
{
    public static GuidanceFacets Empty { get; } = new([], [], []);
}
