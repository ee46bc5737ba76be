namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// Offered by the courses module to reports: what is published and every learner's lesson progress. The queryable is
/// on the request's database context, so reports join it with the other modules' facts and the users in one SQL query.
/// </summary>
public interface ILearningFacts
{
    /// <summary>The published courses of the national part and of every region, in order (cached with the catalogue).</summary>
    Task<IReadOnlyList<ReportedCourse>> PublishedCoursesAsync(CancellationToken cancellationToken);

    IQueryable<LessonProgressFact> LessonProgress();

    /// <summary>
    /// Changes whenever a progress row (a lesson opened or read) is added, removed or given a newer time: counts and latest times in one cheap
    /// query. Read it before the facts, so a cache keyed by it can hold older data than its key says, never newer.
    /// </summary>
    Task<string> ChangeStampAsync(CancellationToken cancellationToken);
}
