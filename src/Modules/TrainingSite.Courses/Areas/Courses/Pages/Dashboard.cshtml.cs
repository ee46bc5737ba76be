using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Courses.Services;

namespace TrainingSite.Courses.Areas.Courses.Pages;

/// <summary>
/// /dashboard: the learner's progress through the package: one overall bar with the minutes left, then the national
/// part and their region's section apart, a bar and the quiz's best score per course.
/// </summary>
[Authorize]
public sealed class DashboardModel(LearnerJourney journey, IRegionDirectory regions) : PageModel
{
    public JourneyState Journey { get; private set; } = null!;

    public PackageProgress Package => Journey.Package;

    public IReadOnlyList<CourseCard> National { get; private set; } = [];

    public IReadOnlyList<CourseCard> Regional { get; private set; } = [];

    public RegionInfo? HomeRegion { get; private set; }

    public NextStep? ContinueWith { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var learner = LearnerView.Of(User)!;
        Journey = await journey.ForAsync(learner, cancellationToken);
        HomeRegion = (await regions.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == learner.HomeRegionId);
        var cards = Journey.Courses.Select(c => CatalogView.Card(c, Journey.RowsOf(c.Id), Journey.Progress(c.Id))).ToList();
        National = [.. cards.Where(c => c.Course.IsNational)];
        Regional = [.. cards.Where(c => !c.Course.IsNational)];
        ContinueWith = Journey.Next();
    }
}
