using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Recipes;
using TrainingSite.Core.Ui;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Services;

namespace TrainingSite.Guidance.Areas.Guidance.Pages.Authoring;

/// <summary>
/// /authoring/guidance/new: a new article, as a draft, in a region the user may author (national only with
/// Guidance.EditNational). Its id is made from the Finnish title unless the author gives one.
/// </summary>
[Authorize(Policy = GuidancePermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class NewModel(
    GuidanceAuthoring authoring,
    IRegionalAccess access,
    IAuthorizationService authorization,
    IRegionDirectory regionDirectory,
    IStringLocalizer<GuidanceAuthoringStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    public const string NationalValue = "national";

    [BindProperty]
    public ArticleInput Input { get; set; } = ArticleInput.From(null);

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? ArticleId { get; set; }

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<Topic> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var regionId = Region == NationalValue ? null : Region;
        var known = Region == NationalValue || (await regionDirectory.ListAsync(cancellationToken)).Any(r => r.Id == Region);
        if (!known)
        {
            ModelState.AddModelError(nameof(Region), shared["Validation.OneOf"]);
        }
        else if (!await authorization.MayAsync(User, regionId, GuidancePermissions.Rules, RegionalOperation.Edit))
        {
            return Forbid();
        }

        var id = string.IsNullOrWhiteSpace(ArticleId) ? null : ArticleId.Trim();
        if (id is not null && !RecipeReader.IsValidId(id))
        {
            ModelState.AddModelError(nameof(ArticleId), strings["New.IdInvalid"]);
        }
        else if (id is not null && await authoring.IsTakenAsync(id, cancellationToken))
        {
            ModelState.AddModelError(nameof(ArticleId), strings["New.IdTaken", id]);
        }

        TextValidation.Validate(ModelState, authoringText, Input.Title, Input.Text, (ArticleInput.TitleMaxLength, ArticleInput.BodyMaxLength), finnishTitleRequired: true);
        Input.Validate(ModelState, Topics, strings);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var created = await authoring.CreateAsync(id, regionId, Input.ToDraft(), ContentAuthor.Of(User), cancellationToken);
        return AuthoringNotice.Redirect(this, strings["New.Created"], $"/authoring/guidance/{created}");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Topics = await authoring.TopicsAsync(cancellationToken);
        var scope = await access.ScopeAsync(User, GuidancePermissions.Rules, RegionalOperation.Edit, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var items = new List<SelectListItem>();
        if (scope.National)
        {
            items.Add(new SelectListItem(shared["Region.National"], NationalValue));
        }

        items.AddRange(regions.Where(r => scope.Includes(r.Id)).Select(r => new SelectListItem(r.Name.ToString(), r.Id)));
        Regions = items;
    }
}
