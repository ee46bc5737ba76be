using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Localization;
using TrainingSite.ServiceDirectory.Hours;
using TrainingSite.ServiceDirectory.Models;
using TrainingSite.ServiceDirectory.Search;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Directory;

/// <summary>
/// /directory: find a service point to refer a customer to. A GET form (works without JavaScript): words, region,
/// topic, language served in person, open any time / now / at a chosen time; results with today's state, paging.
/// Everything is in the URL, so a search can be bookmarked and shared. Public: the points are public facts.
/// </summary>
[EnableRateLimiting(RateLimitBuckets.Search)]
public sealed class IndexModel(
    DirectorySearch search,
    OpeningHoursCalculator calculator,
    OpeningStatusText statusText,
    LanguageNames languageNames,
    TimeProvider clock,
    IStringLocalizer<ServiceDirectoryStrings> strings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Open { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? At { get; set; }

    [FromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    public DirectorySearchRequest Search { get; private set; } = null!;

    public DirectorySearchResult Result { get; private set; } = null!;

    public DirectoryIndex Index { get; private set; } = null!;

    /// <summary>Each invalid field's name with its message, for the error summary.</summary>
    public IReadOnlyList<(string Field, string Message)> Errors { get; private set; } = [];

    public string Ui { get; } = SiteCultures.Current;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Index = await search.IndexAsync(cancellationToken);
        var (request, errors) = new DirectorySearchInput(Q, Region, Topic, Language, PageNumber, null)
            .ReadForm(Open, At, Index, calculator, clock.GetUtcNow(), Ui);
        Search = request;
        Errors = [.. errors.Select(e => (e.Key, strings[e.Value].Value))];
        Result = search.Search(Index, request);
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }

    public string RegionName(string? id) =>
        id is null ? strings["Search.National"] : Index.Regions.FirstOrDefault(r => r.Id == id)?.Name.Resolve(Ui).Text ?? id;

    public string TopicName(string id) => Index.Topics.FirstOrDefault(t => t.Id == id)?.Name.Resolve(Ui).Text ?? id;

    public string LanguageName(string code) => languageNames.Name(code, Ui);

    /// <summary>The languages to choose from: those some point serves, by name in the page's language.</summary>
    public IEnumerable<(string Code, string Name)> LanguageChoices() =>
        Index.Languages.Select(code => (code, LanguageName(code))).OrderBy(l => l.Item2, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo(Ui), ignoreCase: true));

    public string KindName(string kind) => strings["Kind." + kind];

    public string ChannelName(ServiceChannel channel) => strings["Channel." + channel];

    public string Describe(ChannelStatus status) => statusText.Describe(status, Search.At, Ui, Search.Open == OpenFilter.At);

    /// <summary>The chosen time as the page shows it, e.g. "7.12.2026 10.00".</summary>
    public string ChosenTime => SiteTime.DateTime(Search.At, Ui);

    /// <summary>The value for the datetime-local field: what was typed when it could not be read, else the chosen time.</summary>
    public string AtValue => Search.Open == OpenFilter.At && !Errors.Any(e => e.Field == "at")
        ? calculator.ToLocal(Search.At).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : At ?? string.Empty;

    /// <summary>This search's URL on another page.</summary>
    public string PageLink(int page)
    {
        var values = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values.Add($"{name}={Uri.EscapeDataString(value)}");
            }
        }

        Add("q", Search.Query);
        Add("region", Search.Region);
        Add("topic", Search.Topic);
        Add("language", Search.ServedLanguage);
        Add("open", Search.Open switch { OpenFilter.Now => "now", OpenFilter.At => "at", _ => null });
        Add("at", Search.Open == OpenFilter.At ? AtValue : null);
        if (page > 1)
        {
            values.Add(FormattableString.Invariant($"page={page}"));
        }

        return values.Count == 0 ? "/directory" : "/directory?" + string.Join('&', values);
    }
}
