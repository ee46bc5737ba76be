using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Web;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Search;

namespace TrainingSite.ServiceDirectory.Api;

/// <summary>
/// GET /api/directory?q=&amp;region=&amp;topic=&amp;language=&amp;openAt=&amp;page=&amp;pageSize= : the directory search as JSON,
/// public like the directory itself. <c>openAt</c> is "now", an ISO 8601 instant with an offset, or local Finnish
/// time (yyyy-MM-ddTHH:mm). Invalid parameters answer 400 with a problem naming each, in the caller's language, as
/// the guidance search API does.
/// </summary>
public static class DirectorySearchEndpoint
{
    public static IEndpointRouteBuilder MapDirectorySearchApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/directory", SearchAsync).RequireRateLimiting(RateLimitBuckets.Search);
        return endpoints;
    }

    private static async Task<Results<Ok<DirectoryApiResult>, ValidationProblem>> SearchAsync(
        [FromQuery] string? q, [FromQuery] string? region, [FromQuery] string? topic, [FromQuery] string? language,
        [FromQuery] string? openAt, [FromQuery] string? page, [FromQuery] string? pageSize,
        HttpContext context, DirectorySearch search, OpeningHoursCalculator calculator, TimeProvider clock, IStringLocalizer<ServiceDirectoryStrings> strings)
    {
        var index = await search.IndexAsync(context.RequestAborted);
        var ui = SiteCultures.Current;
        var (request, errors) = new DirectorySearchInput(q, region, topic, language, page, pageSize).ReadApi(openAt, index, calculator, clock.GetUtcNow(), ui);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => new[] { strings[e.Value].Value }), title: strings["Search.Error.Title"]);
        }

        // Open now changes by the minute: a shared cache may keep an answer only briefly.
        context.Response.Headers.CacheControl = "public, max-age=30";
        context.Response.Headers.Vary = "Accept-Language, Cookie";
        var result = search.Search(index, request);
        var at = calculator.ToLocal(request.At);
        return TypedResults.Ok(new DirectoryApiResult(result.Total, [.. result.Hits.Select(hit => Hit(hit, ui, at))], result.Page, result.PageSize, at));
    }

    private static DirectoryApiHit Hit(DirectoryHit hit, string language, DateTimeOffset at)
    {
        var version = hit.Entry.Version;
        var city = version.City.Resolve(language).Text;
        return new DirectoryApiHit(
            hit.Entry.Id,
            version.Title.Resolve(language).Text,
            ServicePointLinks.PagePath(hit.Entry.Id),
            hit.Entry.RegionId ?? DirectorySearchRequest.National,
            version.Kind,
            version.Organisation.Resolve(language).Text,
            city.Length == 0 ? null : city,
            version.Languages,
            new DirectoryApiInterpreting(version.PhoneInterpreting, version.RemoteInterpreting),
            version.Topics,
            hit.Score,
            new DirectoryApiOpening(at, hit.IsOpen, [.. hit.Channels.Select(Channel)]));
    }

    private static DirectoryApiChannel Channel(ChannelStatus status) =>
        new(ChannelName(status.Channel), status.IsOpen, status.OpenUntil, status.NextOpening);

    /// <summary>The channel as the recipes name it.</summary>
    private static string ChannelName(ServiceChannel channel) => channel switch
    {
        ServiceChannel.InPerson => "inPerson",
        ServiceChannel.Phone => "phone",
        _ => "chat",
    };
}
