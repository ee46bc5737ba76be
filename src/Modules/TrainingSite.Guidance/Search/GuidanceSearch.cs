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
public sealed class GuidanceSearch(TrainingDbContext db, ISearchEngineStore engine, QueryPlanner planner, SearchPresenter presenter, DocumentDirectory directory)
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

        var vocabulary = await SearchVocabulary.LookupAsync(db, QueryPlanner.Needs(query), publicOnly: !canReadNetwork, cancellationToken);
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

        var documents = await directory.GetAsync(db, cancellationToken);
        var candidates = Candidates(await engine.PostingsAsync(db, plan.Index.All, cancellationToken), documents, filter, plan.Index);
        IEnumerable<ScoredDocument> scored = DocumentScorer.Score(plan, candidates, documents.Count);
        if (plan.Phrases.Count > 0)
        {
            scored = await presenter.WithPhrasesAsync(scored, plan.Phrases, PhraseCheckLimit, cancellationToken);
        }

        return ArticleRanking.Rank(scored, language);
    }

    /// <summary>The postings grouped by document, keeping the documents the filter lets through.</summary>
    private static List<CandidateDocument> Candidates(IReadOnlyList<(int DocumentId, string Term)> postings, IReadOnlyDictionary<int, DocumentInfo> documents, SearchFilter filter, TermIndex index)
    {
        var candidates = new Dictionary<int, CandidateDocument>();
        foreach (var (id, term) in postings)
        {
            if (!candidates.TryGetValue(id, out var candidate))
            {
                if (!documents.TryGetValue(id, out var info) || !info.Passes(filter))
                {
                    continue;
                }

                candidate = new CandidateDocument(id, info.ArticleId, info.Language, info.RegionId, info.TopicId, index);
                candidates[id] = candidate;
            }

            candidate.Add(term);
        }

        return [.. candidates.Values];
    }
}
