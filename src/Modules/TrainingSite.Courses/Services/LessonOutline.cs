using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

/// <summary>A published lesson as learners see it; <c>PublishedAt</c> is when its live version was published (for "what is new").</summary>
public sealed record LessonOutline(string Id, int Order, LocalizedText Title, int Minutes, int VersionId, DateTimeOffset? PublishedAt = null)
{
    /// <summary>When any version of the lesson was first published (see <see cref="Abstractions.Courses.CourseCompletion"/>).</summary>
    public DateTimeOffset FirstPublishedAt { get; init; } = DateTimeOffset.MinValue;
}
