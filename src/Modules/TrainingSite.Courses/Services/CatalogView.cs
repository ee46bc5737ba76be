using TrainingSite.Abstractions.Courses;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>Builds the catalogue's cards: courses with the learner's progress, and where "continue" leads.</summary>
public sealed class CatalogView(CourseCatalog catalog, LearnerProgress progress, PackageProgressService package)
{
    public async Task<(IReadOnlyList<CourseCard> Cards, PackageProgress? Package)> CardsAsync(LearnerView? learner, CancellationToken cancellationToken)
    {
        var courses = await catalog.PublishedAsync(cancellationToken);
        if (learner is null)
        {
            return ([.. courses.Select(c => new CourseCard(c, 0, c.Lessons.Count > 0 ? c.Lessons[0] : null, Started: false, Progress: null))], null);
        }

        var rows = await progress.ForLearnerAsync(learner.UserId, cancellationToken);
        var packageProgress = await package.ForLearnerAsync(learner.UserId, learner.HomeRegionId, courses, rows, cancellationToken);
        var infos = packageProgress.National.Concat(packageProgress.Regional).ToDictionary(i => i.CourseId);
        var byCourse = rows.ToLookup(r => r.CourseId);
        return ([.. courses.Select(c => Card(c, [.. byCourse[c.Id]], infos.GetValueOrDefault(c.Id)))], packageProgress);
    }

    public static CourseCard Card(CourseOutline course, IReadOnlyCollection<LessonProgress> rows, CourseProgressInfo? info)
    {
        var published = course.Lessons.Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        var read = rows.Count(r => r.ReadAt is not null && published.Contains(r.LessonId));
        return new CourseCard(course, read, LearnerProgress.Continue(course, rows), rows.Count > 0, info);
    }
}
