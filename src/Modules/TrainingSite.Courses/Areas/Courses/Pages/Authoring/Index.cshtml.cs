using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Core.Authoring;
using TrainingSite.Courses.Models;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Authoring;

/// <summary>/authoring/courses: the courses this user may author, by part of the package, with their state.</summary>
[Authorize(Policy = CoursesPermissions.EditOwnRegionPolicy)]
[RegionalList]
public sealed class IndexModel(CourseAuthoring authoring, IRegionalAccess access, IAuthorizationService authorization, IRegionDirectory regionDirectory) : PageModel
{
    public IReadOnlyList<(string? RegionId, string Heading, IReadOnlyList<Course> Courses)> Parts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await access.ScopeAsync(User, CoursesPermissions.Rules, RegionalOperation.Edit, cancellationToken);
        var courses = await authoring.ListAsync(scope, cancellationToken);
        var regions = await regionDirectory.ListAsync(cancellationToken);
        var parts = new List<(string?, string, IReadOnlyList<Course>)>();
        if (scope.National)
        {
            parts.Add((null, string.Empty, [.. courses.Where(c => c.RegionId is null)]));
        }

        foreach (var region in regions.Where(r => scope.Includes(r.Id)))
        {
            parts.Add((region.Id, region.Name.ToString(), [.. courses.Where(c => c.RegionId == region.Id)]));
        }

        Parts = parts;
    }

    /// <summary>Moves one course within its part: that course is authorized here, as the page filter does for pages on one item.</summary>
    public async Task<IActionResult> OnPostMoveAsync(string courseId, int direction, CancellationToken cancellationToken)
    {
        var course = await authoring.LoadAsync(courseId, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        if (!await authorization.MayAsync(User, course.RegionId, CoursesPermissions.Rules, RegionalOperation.Edit))
        {
            return Forbid();
        }

        await authoring.MoveCourseAsync(course, direction, cancellationToken);
        return LocalRedirect($"/authoring/courses#course-{courseId}");
    }
}
