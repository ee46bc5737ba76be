using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages;

/// <summary>/dashboard: the learner's progress through the package, the national part and their region's section apart.</summary>
[Authorize]
public sealed class DashboardModel(CatalogView catalog, IRegionDirectory regions) : PageModel
{
    public PackageProgress Package { get; private set; } = null!;

    public IReadOnlyList<CourseCard> National { get; private set; } = [];

    public IReadOnlyList<CourseCard> Regional { get; private set; } = [];

    public RegionInfo? HomeRegion { get; private set; }

    public CourseCard? ContinueWith { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var learner = LearnerView.Of(User)!;
        var (cards, package) = await catalog.CardsAsync(learner, cancellationToken);
        Package = package!;
        HomeRegion = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == learner.HomeRegionId);
        National = [.. cards.Where(c => c.Course.IsNational)];
        Regional = [.. cards.Where(c => c.Course.RegionId is not null && c.Course.RegionId == learner.HomeRegionId)];
        ContinueWith = National.Concat(Regional).FirstOrDefault(c => !c.Complete && c.Continue is not null);
    }
}
