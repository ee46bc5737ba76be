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
}
