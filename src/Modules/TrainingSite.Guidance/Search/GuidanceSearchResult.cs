namespace TrainingSite.Guidance.Search;

/// <summary>
/// A page of results with the facet counts of all results, a spelling suggestion when a word is unknown to
/// the texts, and when nothing is found, how many results there would be without the chosen facets.
/// </summary>
public sealed record GuidanceSearchResult(
    int Total,
    IReadOnlyList<GuidanceHit> Hits,
    GuidanceFacets Facets,
    int Page,
    int PageSize,
    string? Suggestion = null,
    int? TotalWithoutFilters = null)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
