using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/new: a new course, as a draft, in a part of the package the user may author.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class NewCourseModel(
    CourseAuthoring authoring,
    IRegionalAccess access,
    IAuthorizationService authorization,
    IRegionDirectory regionDirectory,
    IStringLocalizer<CoursesStrings> strings,
    IStringLocalizer<AuthoringStrings> authoringText,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    public const string NationalValue = "national";

    [BindProperty]
    public LocalizedInput Input { get; set; } = LocalizedInput.From(LocalizedText.Empty, LocalizedText.Empty);

    [BindProperty]
    public string? Part { get; set; }

    public IReadOnlyList<SelectListItem> Parts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadPartsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadPartsAsync(cancellationToken);
        var regionId = Part == NationalValue ? null : Part;
        var known = Part == NationalValue || (await regionDirectory.ListAsync(cancellationToken)).Any(r => r.Id == Part);
        if (!known)
        {
            ModelState.AddModelError(nameof(Part), shared["Validation.OneOf"]);
        }
        else if (!await authorization.MayAsync(User, regionId, CoursesPermissions.Rules, RegionalOperation.Edit))
        {
            return Forbid();
        }

        TextValidation.Validate(ModelState, authoringText, Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseAuthoring.SummaryMaxLength));
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var id = await authoring.CreateCourseAsync(regionId, LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text), ContentAuthor.Of(User), cancellationToken);
        return AuthoringNotice.Redirect(this, strings["Authoring.Created"], $"/authoring/courses/{id}");
    }

    private async Task LoadPartsAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(User, CoursesPermissions.Rules, RegionalOperation.Edit, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var parts = new List<SelectListItem>();
        if (scope.National)
        {
            parts.Add(new SelectListItem(strings["Catalog.National"], NationalValue));
        }

        parts.AddRange(regions.Where(r => scope.Includes(r.Id)).Select(r => new SelectListItem(strings["Catalog.SectionOf", r.Name], r.Id)));
        Parts = parts;
    }
}
