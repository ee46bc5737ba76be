using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/new: a new course, as a draft, in a part of the package the user may author.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class NewCourseModel(
    CourseAuthoring authoring,
    RegionPicker regionPicker,
    IStringLocalizer<CoursesStrings> strings,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    [BindProperty]
    public LocalizedInput Input { get; set; } = LocalizedInput.From(LocalizedText.Empty, LocalizedText.Empty);

    [BindProperty]
    public string? Part { get; set; }

    public IReadOnlyList<SelectListItem> Parts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadPartsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadPartsAsync(cancellationToken);
        var (regionId, forbidden) = await regionPicker.CheckAsync(User, Part, CoursesPermissions.Rules, ModelState, nameof(Part), shared["Validation.OneOf"], cancellationToken);
        if (forbidden)
        {
            return Forbid();
        }

        await TextValidation.ValidateAsync(ModelState, HttpContext.RequestServices, Input.Title, Input.Text, (CourseAuthoring.TitleMaxLength, CourseAuthoring.SummaryMaxLength), finnishTitleRequired: false, cancellationToken);
        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var id = await authoring.CreateCourseAsync(regionId, LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text), ContentAuthor.Of(User), cancellationToken);
        return AuthoringNotice.Redirect(this, strings["Authoring.Created"], $"/authoring/courses/{id}");
    }

    private async Task LoadPartsAsync(CancellationToken cancellationToken)
    {
        Parts = await regionPicker.ChoicesAsync(User, CoursesPermissions.Rules, strings["Catalog.National"], r => strings["Catalog.SectionOf", r.Name], cancellationToken);
    }
}
