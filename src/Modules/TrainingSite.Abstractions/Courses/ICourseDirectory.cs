namespace TrainingSite.Abstractions.Courses;

/// <summary>Offered by the courses module: which part of the package a course belongs to, for regional checks elsewhere.</summary>
public interface ICourseDirectory
{
    /// <summary>The course's region (null for the national part); <c>Exists</c> is false for an unknown course.</summary>
    Task<(bool Exists, string? RegionId)> RegionOfAsync(string courseId, CancellationToken cancellationToken);

    /// <summary>Whether the course is archived: hidden from learners (its quiz too), its learners' data kept until restored.</summary>
    Task<bool> IsArchivedAsync(string courseId, CancellationToken cancellationToken);
}
