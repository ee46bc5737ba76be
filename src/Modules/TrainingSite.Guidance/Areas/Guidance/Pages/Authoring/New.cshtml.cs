using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
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
    RegionPicker regionPicker,
    IStringLocalizer<GuidanceAuthoringStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
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
        var (regionId, forbidden) = await regionPicker.CheckAsync(User, Region, GuidancePermissions.Rules, ModelState, nameof(Region), shared["Validation.OneOf"], cancellationToken);
        if (forbidden)
        {
            return Forbid();
        }

        var id = await NewItemId.CheckAsync(ArticleId, nameof(ArticleId), authoring.IsTakenAsync, ModelState, authoringText, cancellationToken);

        await TextValidation.ValidateAsync(ModelState, HttpContext.RequestServices, Input.Title, Input.Text, (ArticleInput.TitleMaxLength, ArticleInput.BodyMaxLength), finnishTitleRequired: true, cancellationToken);
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
        Regions = await regionPicker.ChoicesAsync(User, GuidancePermissions.Rules, shared["Region.National"], r => r.Name.ToString(), cancellationToken);
    }
}
