using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Search.Querying;
using TrainingSite.Search.Scoring;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// Runs a guidance search: parse, ask the vocabulary (typos, completion), plan, fetch candidates from the
/// provider's index, score them the same way on every provider, keep each article once (its best
/// translation), count facets over all results, and cut the page with snippets in the shown translation.
/// </summary>
public sealed class GuidanceSearch(TrainingDbContext db, ISearchEngineStore engine, QueryPlanner planner, SearchPresenter presenter, IndexSizeCache indexSize)
{
    /// <summary>Phrases are checked in the text of this many best candidates: enough for any page a person reads.</summary>
    private const int PhraseCheckLimit = 300;

    public async Task<GuidanceSearchResult> SearchAsync(GuidanceSearchRequest request, bool canReadNetwork, CancellationToken cancellationToken)
    {
        var filter = new SearchFilter(
            canReadNetwork ? GuidanceAudience.All : [GuidanceAudience.Public], request.Region, request.Topic, request.ResultLanguage);
        var query = QueryParser.Parse(request.Query);
        if (query.IsEmpty)
        {
            return await presenter.BrowseAsync(request, filter, cancellationToken);
        }

        var vocabulary = await SearchVocabulary.LookupAsync(db, QueryPlanner.Needs(query), cancellationToken);
        var plan = planner.Plan(query, vocabulary);
        var matches = await MatchAsync(plan, filter, request.Language, cancellationToken);
        var suggestion = QueryPlanner.Suggestion(query, vocabulary);
        if (matches.Count > 0)
        {
            return await presenter.PageAsync(request, filter, plan, matches, cancellationToken) with { Suggestion = suggestion };
        }

        var withoutFilters = filter.WithoutFacets() == filter ? (int?)null : (await MatchAsync(plan, filter.WithoutFacets(), request.Language, cancellationToken)).Count;
        return new GuidanceSearchResult(0, [], GuidanceFacets.Empty, request.Page, request.PageSize, suggestion, withoutFilters);
    }

    private async Task<List<RankedArticle>> MatchAsync(QueryPlan plan, SearchFilter filter, string language, CancellationToken cancellationToken)
    {
        if (plan.IsEmpty)
        {
            return [];
        }

        var terms = plan.Terms.Concat(plan.Terms.Select(TrainingSite.Search.Analysis.IndexTerms.Title)).ToList();
        var candidates = await engine.FindAsync(db, terms, filter, cancellationToken);
        var total = await indexSize.CountAsync(db, cancellationToken);
        IEnumerable<ScoredDocument> scored = DocumentScorer.Score(plan, candidates, total);
        if (plan.Phrases.Count > 0)
        {
            scored = await presenter.WithPhrasesAsync(scored, plan.Phrases, PhraseCheckLimit, cancellationToken);
        }

        return ArticleRanking.Rank(scored, language);
    }
}
