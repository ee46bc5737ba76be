using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Recipes;
using TrainingSite.Core.Ui;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>
/// /authoring/guidance/new: a new article, as a draft, in a region the user may author (national only for
/// administrators). Its id is made from the Finnish title unless the author gives one.
/// </summary>
public sealed class NewModel(
    GuidanceAuthoring authoring,
    IRegionalScope scope,
    IRegionDirectory regionDirectory,
    IStringLocalizer<GuidanceAuthoringStrings> strings,
    IStringLocalizer<SharedStrings> shared) : GuidanceAuthoringPageModel(authoring, scope, strings)
{
    public const string NationalValue = "national";

    [BindProperty]
    public ArticleInput Input { get; set; } = ArticleInput.From(null);

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? ArticleId { get; set; }

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadTopicsAsync(cancellationToken);
        await LoadRegionsAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadTopicsAsync(cancellationToken);
        await LoadRegionsAsync(cancellationToken);
        var regionId = Region == NationalValue ? null : Region;
        var known = Region == NationalValue || (await regionDirectory.ListAsync(cancellationToken)).Any(r => r.Id == Region);
        if (!known)
        {
            ModelState.AddModelError(nameof(Region), shared["Validation.OneOf"]);
        }
        else if (!await Scope.CanAuthorAsync(User, regionId, cancellationToken))
        {
            return Forbid();
        }

        var id = string.IsNullOrWhiteSpace(ArticleId) ? null : ArticleId.Trim();
        if (id is not null && !RecipeReader.IsValidId(id))
        {
            ModelState.AddModelError(nameof(ArticleId), Strings["New.IdInvalid"]);
        }
        else if (id is not null && await Authoring.IsTakenAsync(id, cancellationToken))
        {
            ModelState.AddModelError(nameof(ArticleId), Strings["New.IdTaken", id]);
        }

        Validate(Input);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var created = await Authoring.CreateAsync(id, regionId, Input.ToDraft(), Author, cancellationToken);
        return Done($"/authoring/guidance/{created}", Strings["New.Created"]);
    }

    private async Task LoadRegionsAsync(CancellationToken cancellationToken)
    {
        var authorable = await Scope.AuthorableRegionsAsync(User, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var items = new List<SelectListItem>();
        if (authorable is null)
        {
            items.Add(new SelectListItem(shared["Region.National"], NationalValue));
        }

        items.AddRange(regions.Where(r => authorable is null || authorable.Contains(r.Id)).Select(r => new SelectListItem(r.Name.ToString(), r.Id)));
        Regions = items;
    }
}
