using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Hands a search made on /guidance or /api/guidance/search to the search log (<see cref="ISearchLog"/>, which the
/// reports module offers; none registered: nothing is recorded), without the searcher's identity. Only what a person
/// searched for counts: searches with words, on their first page, without input errors. Browsing, paging on and the
/// page's live updates while typing (prefixes of what is being typed) are not recorded.
/// </summary>
public sealed class SearchRecorder(IEnumerable<ISearchLog> logs)
{
    public async Task RecordAsync(GuidanceSearchRequest request, GuidanceSearchResult result, bool network, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Query) || request.Page > 1)
        {
            return;
        }

        // The region filter chosen ("national" is none), else the searcher's home region; never who searched.
        var region = request.Region is { } chosen
            ? (chosen == SearchFilter.National ? null : chosen)
            : user.FindFirst(TrainingClaims.HomeRegion)?.Value;
        var entry = new SearchLogEntry(request.Query, request.Language, string.IsNullOrEmpty(region) ? null : region, result.Total, network);
        foreach (var log in logs)
        {
            await log.RecordAsync(entry, cancellationToken);
        }
    }
}
