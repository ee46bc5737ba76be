namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// A directory search, read and checked: the words, the filters (a region id or <see cref="National"/>, a topic id,
/// an ISO 639-1 code served in person, open now or at a time), the page, and <see cref="At"/>: the instant the
/// opening states are for (now, or the chosen time). <see cref="Language"/> is the UI language names are shown in.
/// </summary>
public sealed record DirectorySearchRequest(
    string? Query,
    string Language,
    DateTimeOffset At,
    OpenFilter Open = OpenFilter.Any,
    string? Region = null,
    string? Topic = null,
    string? ServedLanguage = null,
    int Page = 1,
    int PageSize = DirectorySearchRequest.DefaultPageSize)
{
    /// <summary>The region filter's value for the national services (points without a region).</summary>
    public const string National = "national";

    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;
    public const int MaxPage = 1000;
}
