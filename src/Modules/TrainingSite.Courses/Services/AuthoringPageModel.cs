using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>
/// Base of the authoring pages: loads the course and checks the regional scope on every handler, so a
/// coordinator gets 403 for another region's course whatever URL or form they craft.
/// </summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public abstract class AuthoringPageModel(CourseAuthoring authoring, IRegionalScope scope, IStringLocalizer<CoursesStrings> strings) : PageModel
{
    public const int TitleMaxLength = 200;
    public const int SummaryMaxLength = 4000;

    protected CourseAuthoring Authoring => authoring;

    protected IStringLocalizer<CoursesStrings> Strings => strings;

    public Course Course { get; private set; } = null!;

    protected ContentAuthor Author => ContentAuthor.Of(User);

    /// <summary>Null when the course exists and the user may author it; otherwise the 404 or 403 to return.</summary>
    protected async Task<IActionResult?> LoadCourseAsync(string courseId, CancellationToken cancellationToken)
    {
        var course = await authoring.LoadAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        if (!await scope.CanAuthorAsync(User, course.RegionId, cancellationToken))
        {
            return Forbid();
        }

        Course = course;
        return null;
    }

    /// <summary>Checks the title (one language at least) and the lengths of an editor's text.</summary>
    protected void ValidateText(LocalizedInput input, int textMaxLength)
    {
        if (LocalizedInput.ToText(input.Title).Count == 0)
        {
            ModelState.AddModelError("Input.Title[fi]", strings["Editor.TitleRequired"]);
        }

        foreach (var (culture, title) in input.Title.Where(t => t.Value?.Length > TitleMaxLength))
        {
            ModelState.AddModelError($"Input.Title[{culture}]", strings["Editor.TooLong", TitleMaxLength]);
        }

        foreach (var (culture, text) in input.Text.Where(t => t.Value?.Length > textMaxLength))
        {
            ModelState.AddModelError($"Input.Text[{culture}]", strings["Editor.TooLong", textMaxLength]);
        }
    }

    protected IActionResult Done(string url, string message)
    {
        TempData["Notice"] = message;
        return LocalRedirect(url);
    }
}
