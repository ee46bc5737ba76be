namespace TrainingSite.Guidance.Search;

/// <summary>
/// A search: the text as typed, the language the user searches in (results prefer it), the facets chosen
/// (region id or "national", topic id, result language) and the page.
/// </summary>
public sealed record GuidanceSearchRequest(string? Query, string Language, string? Region = null, string? Topic = null, string? ResultLanguage = null, int Page = 1, int PageSize = GuidanceSearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    public const int MaxPage = 1000;
}
