namespace TrainingSite.Courses.Services;

/// <summary>
/// Reads a learner's way through their package (the national part and their home region's section) for the front
/// page, the dashboard and the lesson page's next step: the cached catalogue, one query for the learner's progress
/// rows and the quiz states (see <see cref="PackageProgressService"/>).
/// </summary>
public sealed class LearnerJourney(CourseCatalog catalog, LearnerProgress progress, PackageProgressService package)
{
    public async Task<JourneyState> ForAsync(LearnerView learner, CancellationToken cancellationToken)
    {
        var courses = await catalog.PublishedAsync(cancellationToken);
        var rows = await progress.ForLearnerAsync(learner.UserId, cancellationToken);
        var packageProgress = await package.ForLearnerAsync(learner.UserId, learner.HomeRegionId, courses, rows, cancellationToken);
        var mine = courses.Where(c => c.IsNational || c.RegionId == learner.HomeRegionId).ToList();
        return new JourneyState(mine, rows, packageProgress);
    }
}
