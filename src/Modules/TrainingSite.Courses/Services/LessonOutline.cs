using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

public sealed record LessonOutline(string Id, int Order, LocalizedText Title, int Minutes, int VersionId)
{
    /// <summary>When any version of the lesson was first published (see <see cref="Abstractions.Courses.CourseCompletion"/>).</summary>
    public DateTimeOffset FirstPublishedAt { get; init; } = DateTimeOffset.MinValue;
}
