using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Base of the quiz editor's pages: checks the course's region against the user's regional scope on every
/// handler, so a coordinator gets 403 for another region's quiz whatever request they craft.
/// </summary>
[Authorize(Policy = QuizzesPermissions.EditQuizzesPolicy)]
public abstract class QuizAuthoringPageModel(QuizAuthoring authoring, ICourseDirectory courses, IRegionalScope scope) : PageModel
{
    protected QuizAuthoring Authoring => authoring;

    public string CourseId { get; private set; } = string.Empty;

    /// <summary>The course's quiz, or null when it has none yet.</summary>
    public Quiz? Quiz { get; private set; }

    protected ContentAuthor Author => ContentAuthor.Of(User);

    /// <summary>Null when the course exists and the user may author it; otherwise the 404 or 403 to return.</summary>
    protected async Task<IActionResult?> LoadAsync(string courseId, CancellationToken cancellationToken)
    {
        var (exists, regionId) = await courses.RegionOfAsync(courseId, cancellationToken);
        if (!exists)
        {
            return NotFound();
        }

        if (!await scope.CanAuthorAsync(User, regionId, cancellationToken))
        {
            return Forbid();
        }

        CourseId = courseId;
        Quiz = await authoring.LoadAsync(courseId, cancellationToken);
        return null;
    }

    protected IActionResult Done(string message, string? url = null)
    {
        TempData["Notice"] = message;
        return LocalRedirect(url ?? $"/authoring/courses/{CourseId}/quiz");
    }
}
