namespace TrainingSite.Courses.Models;

/// <summary>A learner's progress in one lesson: when last opened, and when marked as read.</summary>
public class LessonProgress
{
    public required string UserId { get; set; }

    public required string LessonId { get; set; }

    /// <summary>Denormalised so a course's progress is one indexed query.</summary>
    public required string CourseId { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }
}
