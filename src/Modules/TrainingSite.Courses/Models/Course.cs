namespace TrainingSite.Courses.Models;

/// <summary>A course of the national part (region null) or of a region's section.</summary>
public class Course
{
    public required string Id { get; set; }

    public string? RegionId { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// When the course was archived: hidden from learners with its progress kept, until restored. Null for a course in use.
    /// Archiving leaves the versions alone, so restoring brings back exactly the published or draft state it had.
    /// </summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];
}
