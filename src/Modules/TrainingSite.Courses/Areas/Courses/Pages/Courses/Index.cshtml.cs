using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages.Courses;

/// <summary>/courses: the package as a learner sees it: the national part, their region's section, then the others.</summary>
public sealed class IndexModel(CatalogView catalog, IRegionDirectory regionDirectory) : PageModel
{
    public IReadOnlyList<CourseCard> National { get; private set; } = [];

    public IReadOnlyList<CourseCard> HomeSection { get; private set; } = [];

    public IReadOnlyList<(RegionInfo Region, IReadOnlyList<CourseCard> Cards)> OtherSections { get; private set; } = [];

    public RegionInfo? HomeRegion { get; private set; }

    public LearnerView? Learner { get; private set; }

    public PackageProgress? Package { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Learner = LearnerView.Of(User);
        var (cards, package) = await catalog.CardsAsync(Learner, cancellationToken);
        Package = package;
        var regions = await regionDirectory.ListAsync(cancellationToken);
        HomeRegion = regions.FirstOrDefault(r => r.Id == Learner?.HomeRegionId);
        National = [.. cards.Where(c => c.Course.IsNational)];
        HomeSection = [.. cards.Where(c => HomeRegion is not null && c.Course.RegionId == HomeRegion.Id)];
        OtherSections = [.. regions
            .Where(r => r.Id != HomeRegion?.Id)
            .Select(r => (r, (IReadOnlyList<CourseCard>)[.. cards.Where(c => c.Course.RegionId == r.Id)]))
            .Where(s => s.Item2.Count > 0)];
    }
}
