using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Api;

/// <summary>
/// GET /api/guidance/search?q=&amp;lang=&amp;region=&amp;topic=&amp;language=&amp;page=&amp;pageSize= : the guidance search as JSON.
/// Anonymous callers search public articles only; network members and above also network articles.
/// Invalid parameters answer 400 with a problem naming each, in the caller's language.
/// </summary>
public static class GuidanceSearchEndpoint
{
    public static IEndpointRouteBuilder MapGuidanceSearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/guidance/search", SearchAsync).RequireRateLimiting(RateLimitBuckets.Search);
        return endpoints;
    }

    private static async Task<Results<Ok<GuidanceSearchResult>, ValidationProblem>> SearchAsync(
        [FromQuery] string? q, [FromQuery] string? lang, [FromQuery] string? region, [FromQuery] string? topic,
        [FromQuery] string? language, [FromQuery] string? page, [FromQuery] string? pageSize,
        HttpContext context, GuidanceSearch search, SearchRecorder recorder, IAuthorizationService authorization, IStringLocalizer<GuidanceStrings> strings)
    {
        var (request, errors) = new SearchInput(q, lang, region, topic, language, page, pageSize).Read(SiteCultures.Current);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { strings[e.Value].Value }), title: strings["Search.Error.Title"]);
        }

        var canReadNetwork = (await authorization.AuthorizeAsync(context.User, GuidancePermissions.ReadNetworkPolicy)).Succeeded;
        context.Response.Headers.CacheControl = canReadNetwork ? "private, no-store" : "public, max-age=30";
        context.Response.Headers.Vary = "Cookie, Accept-Language";
        var result = await search.SearchAsync(request, canReadNetwork, context.RequestAborted);
        await recorder.RecordAsync(request, result, canReadNetwork, context.User, context.RequestAborted);
        return TypedResults.Ok(result);
    }
}
