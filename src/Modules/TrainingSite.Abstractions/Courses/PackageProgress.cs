namespace TrainingSite.Abstractions.Courses;

/// <summary>Progress through the package: the national part and one region's section, separately.</summary>
public sealed record PackageProgress(IReadOnlyList<CourseProgressInfo> National, string? RegionId, IReadOnlyList<CourseProgressInfo> Regional)
{
    /// <summary>Complete when every published course of both parts is complete (and there is at least one).</summary>
    public bool Complete => National.Count + Regional.Count > 0 && National.All(c => c.Complete) && Regional.All(c => c.Complete);
}
