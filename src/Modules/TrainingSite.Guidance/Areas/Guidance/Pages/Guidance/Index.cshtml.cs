using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Web;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;
using TrainingSite.Guidance.Services;
using TrainingSite.Search.Engine;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Guidance;

/// <summary>
/// /guidance: one search box, results with snippets, facets that narrow, paging; the query and filters are
/// in the URL. Without JavaScript it is a GET form; with it, results update as the user types (the script
/// asks for the same URL with partial=true and swaps the results region).
/// </summary>
[EnableRateLimiting(RateLimitBuckets.Search)]
public sealed class IndexModel(
    GuidanceSearch search, SearchRecorder recorder, GuidanceLabels labels, IAuthorizationService authorization, IStringLocalizer<GuidanceStrings> strings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "partial")]
    public bool OnlyResults { get; set; }

    public GuidanceSearchRequest Search { get; private set; } = null!;

    public GuidanceSearchResult Result { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public IReadOnlyList<RegionInfo> Regions { get; private set; } = [];

    /// <summary>When a search finds nothing: the topics the caller may browse instead, with how many articles each has.</summary>
    public IReadOnlyList<FacetCount> BrowseTopics { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (request, errors) = new SearchInput(Q, null, Region, Topic, Language, PageNumber, null).Read(SiteCultures.Current);
        Search = request;
        Errors = errors.Values.Select(key => strings[key].Value).ToList();
        var canReadNetwork = (await authorization.AuthorizeAsync(User, GuidancePermissions.ReadNetworkPolicy)).Succeeded;
        Result = await search.SearchAsync(request, canReadNetwork, cancellationToken);
        (Topics, Regions) = await labels.LoadAsync(cancellationToken);
        if (Result.Total == 0 && !string.IsNullOrWhiteSpace(request.Query))
        {
            // Browsing without words counts the articles of each topic the caller may read: a topic offered is never empty.
            var browsed = await search.SearchAsync(new GuidanceSearchRequest(null, request.Language, PageSize: 1), canReadNetwork, cancellationToken);
            BrowseTopics = [.. Topics.Select(topic => browsed.Facets.Topic.FirstOrDefault(count => count.Id == topic.Id)).OfType<FacetCount>()];
        }

        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        else if (!OnlyResults)
        {
            await recorder.RecordAsync(request, Result, canReadNetwork, User, cancellationToken);
        }

        return OnlyResults ? Partial("_Results", this) : Page();
    }

    public string TopicName(string id) => Topics.FirstOrDefault(t => t.Id == id)?.Name.ToString() ?? id;

    public string RegionName(string id) =>
        id == SearchFilter.National ? strings["Search.National"] : Regions.FirstOrDefault(r => r.Id == id)?.Name.ToString() ?? id;

    /// <summary>A result's language named in the page's language ("englanti" on a Finnish page).</summary>
    public string LanguageName(string language) => strings[$"Search.ResultLanguage.{language}"];

    /// <summary>Browsing one topic: its articles without search words or other filters.</summary>
    public static string BrowseLink(string topic) => "/guidance?topic=" + Uri.EscapeDataString(topic);

    /// <summary>This search's URL with some values changed (null removes one); the page starts again at 1 unless given.</summary>
    public string Link(string? q = "", string? region = "", string? topic = "", string? language = "", int page = 1)
    {
        var values = new List<string>();
        void Add(string name, string? value, string? current)
        {
            var chosen = value == string.Empty ? current : value;
            if (!string.IsNullOrWhiteSpace(chosen))
            {
                values.Add($"{name}={Uri.EscapeDataString(chosen)}");
            }
        }

        Add("q", q, Search.Query);
        Add("region", region, Search.Region);
        Add("topic", topic, Search.Topic);
        Add("language", language, Search.ResultLanguage);
        if (page > 1)
        {
            values.Add($"page={page}");
        }

        return values.Count == 0 ? "/guidance" : "/guidance?" + string.Join('&', values);
    }
}
