using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Ui;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses/new: a new course, as a draft, in a part of the package the user may author.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class NewCourseModel(
    CourseAuthoring authoring,
    IRegionalScope scope,
    IRegionDirectory regionDirectory,
    IStringLocalizer<CoursesStrings> strings,
    IStringLocalizer<SharedStrings> shared) : PageModel
{
    public const string NationalValue = "national";

    [BindProperty]
    public LocalizedInput Input { get; set; } = LocalizedInput.From(Abstractions.Localization.LocalizedText.Empty, Abstractions.Localization.LocalizedText.Empty);

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
        else if (!await scope.CanAuthorAsync(User, regionId, cancellationToken))
        {
            return Forbid();
        }

        if (LocalizedInput.ToText(Input.Title).Count == 0)
        {
            ModelState.AddModelError("Input.Title[fi]", strings["Editor.TitleRequired"]);
        }

        if (Input.Title.Values.Any(t => t?.Length > AuthoringPageModel.TitleMaxLength) || Input.Text.Values.Any(t => t?.Length > AuthoringPageModel.SummaryMaxLength))
        {
            ModelState.AddModelError("Input.Title[fi]", strings["Editor.TooLong", AuthoringPageModel.TitleMaxLength]);
        }

        if (!ModelState.IsValid)
        {
            return this.Invalid();
        }

        var author = ContentAuthor.Of(User);
        var id = await authoring.CreateCourseAsync(regionId, LocalizedInput.ToText(Input.Title), LocalizedInput.ToText(Input.Text), author, cancellationToken);
        TempData["Notice"] = strings["Authoring.Created"].Value;
        return LocalRedirect($"/authoring/courses/{id}");
    }

    private async Task LoadPartsAsync(CancellationToken cancellationToken)
    {
        var authorable = await scope.AuthorableRegionsAsync(User, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var parts = new List<SelectListItem>();
        if (authorable is null)
        {
            parts.Add(new SelectListItem(strings["Catalog.National"], NationalValue));
        }

        parts.AddRange(regions.Where(r => authorable is null || authorable.Contains(r.Id)).Select(r => new SelectListItem(strings["Catalog.SectionOf", r.Name], r.Id)));
        Parts = parts;
    }
}
