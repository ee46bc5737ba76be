namespace TrainingSite.Courses.Models;

public class Lesson
{
    public required string Id { get; set; }

    public required string CourseId { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<LessonVersion> Versions { get; set; } = [];
}
