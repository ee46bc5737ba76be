using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses: the courses this user may author, by part of the package, with their state.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
public sealed class IndexModel(CourseAuthoring authoring, IRegionalScope scope, IRegionDirectory regionDirectory) : PageModel
{
    public IReadOnlyList<(string? RegionId, string Heading, IReadOnlyList<Course> Courses)> Parts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var authorable = await scope.AuthorableRegionsAsync(User, cancellationToken);
        var courses = await authoring.ListAsync(authorable, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var parts = new List<(string?, string, IReadOnlyList<Course>)>();
        if (authorable is null)
        {
            parts.Add((null, string.Empty, [.. courses.Where(c => c.RegionId is null)]));
        }

        foreach (var region in regions.Where(r => authorable is null || authorable.Contains(r.Id)))
        {
            parts.Add((region.Id, region.Name.ToString(), [.. courses.Where(c => c.RegionId == region.Id)]));
        }

        Parts = parts;
    }

    public async Task<IActionResult> OnPostMoveAsync(string courseId, int direction, CancellationToken cancellationToken)
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

        await authoring.MoveCourseAsync(course, direction, cancellationToken);
        return LocalRedirect($"/authoring/courses#course-{courseId}");
    }
}
