using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Ui;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>/authoring/guidance: the articles this user may author, filtered by region, topic and state.</summary>
[Authorize(Policy = GuidancePermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class IndexModel(
    GuidanceAuthoring authoring,
    IRegionalAccess access,
    IRegionDirectory regionDirectory,
    IStringLocalizer<GuidanceAuthoringStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    /// <summary>The state filter's values, each named as the state badge names it.</summary>
    private static readonly (string Value, string Label)[] States =
        [("draft", "State.NotPublished"), ("published", "State.Published"), ("changed", "State.DraftChanges")];

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Topics { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StateOptions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> TopicNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ArticleListItem> Articles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(User, GuidancePermissions.Rules, RegionalOperation.Edit, cancellationToken);
        var regions = (await regionDirectory.ListAsync(cancellationToken)).Where(r => scope.Includes(r.Id)).ToList();
        var topics = await authoring.TopicsAsync(cancellationToken);
        RegionNames = regions.ToDictionary(r => r.Id, r => r.Name.ToString());
        TopicNames = topics.ToDictionary(t => t.Id, t => t.Name.ToString());
        Regions = [new(strings["List.AllRegions"], string.Empty), .. scope.National ? [new SelectListItem(shared["Region.National"], RegionPicker.NationalValue)] : Array.Empty<SelectListItem>(), .. regions.Select(r => new SelectListItem(r.Name.ToString(), r.Id))];
        Topics = [new(strings["List.AllTopics"], string.Empty), .. topics.Select(t => new SelectListItem(t.Name.ToString(), t.Id))];
        StateOptions = [new(strings["List.AllStates"], string.Empty), .. States.Select(s => new SelectListItem(authoringText[s.Label], s.Value))];

        // A filter value that is not one of the options is a crafted or stale link: say so rather than guess.
        foreach (var (name, value, options) in new[] { (nameof(Region), Region, Regions), (nameof(Topic), Topic, Topics), (nameof(State), State, StateOptions) })
        {
            if (!string.IsNullOrEmpty(value) && !options.Any(o => o.Value == value))
            {
                ModelState.AddModelError(name, shared["Validation.OneOf"]);
            }
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var state = State switch { "draft" => ArticleState.Draft, "published" => ArticleState.Published, "changed" => ArticleState.Changed, _ => (ArticleState?)null };
        Articles = [.. (await authoring.ListAsync(scope, cancellationToken))
            .Where(a => string.IsNullOrEmpty(Region) || (Region == RegionPicker.NationalValue ? a.RegionId is null : a.RegionId == Region))
            .Where(a => string.IsNullOrEmpty(Topic) || a.TopicId == Topic)
            .Where(a => state is null || a.State == state)
            .OrderBy(a => a.RegionId is null ? 0 : 1).ThenBy(a => a.RegionId, StringComparer.Ordinal)
            .ThenBy(a => a.Title.ToString(), StringComparer.CurrentCulture)];
        return Page();
    }
}
