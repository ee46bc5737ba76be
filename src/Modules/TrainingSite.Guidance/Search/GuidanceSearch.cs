using TrainingSite.Abstractions.Observability;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Engine;
using TrainingSite.Search.Querying;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Runs a guidance search on this node's index: parse, ask the vocabulary of the texts the caller may read
/// (typos, completion, "did you mean"), plan, match with filters and facets, and show the page from the
/// database. Without words, browses every article in the filter alphabetically. Nothing typed reaches Lucene's
/// query syntax: the engine builds queries as objects.
/// </summary>
public sealed class GuidanceSearch(GuidanceSearchIndex index, GuidanceIndexSearch engine, QueryPlanner planner, SearchPresenter presenter, SiteMetrics metrics)
{
    private static readonly IReadOnlySet<string> NoHighlights = new HashSet<string>();

    public async Task<GuidanceSearchResult> SearchAsync(GuidanceSearchRequest request, bool canReadNetwork, CancellationToken cancellationToken)
    {
        var filter = new SearchFilter(
            canReadNetwork ? GuidanceAudience.All : [GuidanceAudience.Public], request.Region, request.Topic, request.ResultLanguage);
        var skip = (request.Page - 1) * request.PageSize;
        var query = QueryParser.Parse(request.Query);
        if (query.IsEmpty)
        {
            var browsed = index.Node.Read(searcher => GuidanceIndexSearch.Browse(searcher, filter, request.Language, skip, request.PageSize));
            return await presenter.PageAsync(request, filter, browsed, NoHighlights, cancellationToken);
        }

        var (matches, plan, suggestion, withoutFilters) = index.Node.Read(searcher =>
        {
            var vocabulary = GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(query), publicOnly: !canReadNetwork);
            var plan = planner.Plan(query, vocabulary);
            var matches = engine.Search(searcher, plan, filter, request.Language, skip, request.PageSize);
            var withoutFilters = matches.Total == 0 && filter.WithoutFacets() != filter
                ? engine.Search(searcher, plan, filter.WithoutFacets(), request.Language, 0, 0).Total
                : (int?)null;
            return (matches, plan, QueryPlanner.Suggestion(query, vocabulary), withoutFilters);
        });
        metrics.Searched(found: matches.Total > 0);
        if (matches.Total == 0)
        {
            return new GuidanceSearchResult(0, [], GuidanceFacets.Empty, request.Page, request.PageSize, suggestion, withoutFilters);
        }

        return await presenter.PageAsync(request, filter, matches, plan.HighlightTerms, cancellationToken) with { Suggestion = suggestion };
    }
}
