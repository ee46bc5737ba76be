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
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>/authoring/directory: the service points this user may keep, with their state, filtered by region and state.</summary>
[Authorize(Policy = ServiceDirectoryPermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class IndexModel(
    ServicePointAuthoring authoring,
    IRegionalAccess access,
    IRegionDirectory regionDirectory,
    IStringLocalizer<ServiceDirectoryStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    /// <summary>The state filter's values, each named as the state badge names it.</summary>
    private static readonly (string Value, string Label, ServicePointState State)[] States =
        [("draft", "State.NotPublished", ServicePointState.Draft), ("published", "State.Published", ServicePointState.Published), ("changed", "State.DraftChanges", ServicePointState.Changed)];

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<SelectListItem> StateOptions { get; private set; } = [];

    public IReadOnlyDictionary<string, string> RegionNames { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ServicePointListItem> Points { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(User, ServiceDirectoryPermissions.Rules, RegionalOperation.Edit, cancellationToken);
        var regions = (await regionDirectory.ListAsync(cancellationToken)).Where(r => scope.Includes(r.Id)).ToList();
        RegionNames = regions.ToDictionary(r => r.Id, r => r.Name.ToString());
        Regions = [new(strings["Authoring.AllRegions"], string.Empty), .. scope.National ? [new SelectListItem(shared["Region.National"], RegionPicker.NationalValue)] : Array.Empty<SelectListItem>(), .. regions.Select(r => new SelectListItem(r.Name.ToString(), r.Id))];
        StateOptions = [new(strings["Authoring.AllStates"], string.Empty), .. States.Select(s => new SelectListItem(authoringText[s.Label], s.Value))];

        // A filter value that is not one of the options is a crafted or stale link: say so rather than guess.
        foreach (var (name, value, options) in new[] { (nameof(Region), Region, Regions), (nameof(State), State, StateOptions) })
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

        var state = States.Where(s => s.Value == State).Select(s => (ServicePointState?)s.State).FirstOrDefault();
        Points = [.. (await authoring.ListAsync(scope, cancellationToken))
            .Where(p => string.IsNullOrEmpty(Region) || (Region == RegionPicker.NationalValue ? p.RegionId is null : p.RegionId == Region))
            .Where(p => state is null || p.State == state)
            .OrderBy(p => p.RegionId is null ? 0 : 1).ThenBy(p => p.RegionId, StringComparer.Ordinal)
            .ThenBy(p => p.Name.ToString(), StringComparer.CurrentCulture)];
        return Page();
    }
}
