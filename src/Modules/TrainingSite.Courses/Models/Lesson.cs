namespace TrainingSite.Courses.Models;

public class Lesson
{
    public required string Id { get; set; }

    public required string CourseId { get; set; }

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the lesson was archived: hidden from learners with its progress kept, until restored (see <see cref="Course.ArchivedAt"/>).</summary>
    public DateTimeOffset? ArchivedAt { get; set; }

    public List<LessonVersion> Versions { get; set; } = [];
}
