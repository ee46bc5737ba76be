using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Guidance;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Ui;
using TrainingSite.ServiceDirectory.Services;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Authoring;

/// <summary>
/// /authoring/directory/new: a new service point, as a draft, in a region the user may keep (national only with
/// ServiceDirectory.EditNational). Its id is made from the Finnish name unless the author gives one.
/// </summary>
[Authorize(Policy = ServiceDirectoryPermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class NewModel(
    ServicePointAuthoring authoring,
    ServicePointFormReader form,
    IGuidanceDirectory guidance,
    RegionPicker regionPicker,
    IStringLocalizer<ServiceDirectoryStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    [BindProperty]
    public ServicePointInput Input { get; set; } = ServicePointInput.From(null);

    [BindProperty]
    public string? Region { get; set; }

    [BindProperty]
    public string? PointId { get; set; }

    public IReadOnlyList<SelectListItem> Regions { get; private set; } = [];

    public IReadOnlyList<TopicInfo> Topics { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadChoicesAsync(cancellationToken);
        var (regionId, forbidden) = await regionPicker.CheckAsync(User, Region, ServiceDirectoryPermissions.Rules, ModelState, nameof(Region), shared["Validation.OneOf"], cancellationToken);
        if (forbidden)
        {
            return Forbid();
        }

        var id = await NewItemId.CheckAsync(PointId, nameof(PointId), authoring.IsTakenAsync, ModelState, authoringText, cancellationToken);

        var facts = form.Read(Input, Topics, ModelState);
        if (!ModelState.IsValid)
        {
            Input.Completed();
            return this.Invalid();
        }

        var created = await authoring.CreateAsync(id, regionId, facts, ContentAuthor.Of(User), cancellationToken);
        return AuthoringNotice.Redirect(this, strings["Authoring.New.Created"], $"/authoring/directory/{created}");
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Topics = await guidance.TopicsAsync(cancellationToken);
        Regions = await regionPicker.ChoicesAsync(User, ServiceDirectoryPermissions.Rules, shared["Region.National"], r => r.Name.ToString(), cancellationToken);
    }
}
