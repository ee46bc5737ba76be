namespace TrainingSite.Courses.Models;

/// <summary>A course of the national part (region null) or of a region's section.</summary>
public class Course
{
    public required string Id { get; set; }

    public string? RegionId { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<CourseVersion> Versions { get; set; } = [];

    public List<Lesson> Lessons { get; set; } = [];
}
