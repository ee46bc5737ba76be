namespace TrainingSite.Abstractions.Courses;

/// <summary>Offered by the courses module: a learner's progress through the package, for certificates and reports.</summary>
public interface ICourseProgress
{
    /// <summary>The published national part and the learner's home region's section, with progress in each course.</summary>
    Task<PackageProgress> ForLearnerAsync(string userId, string? homeRegionId, CancellationToken cancellationToken);
}
