using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Courses.Services;

/// <summary>A published course as learners see it: its live text and its published lessons in order.</summary>
public sealed record CourseOutline(string Id, string? RegionId, int Order, LocalizedText Title, LocalizedText Summary, bool HasQuiz, IReadOnlyList<LessonOutline> Lessons)
{
    public int Minutes => Lessons.Sum(l => l.Minutes);

    public bool IsNational => RegionId is null;
}
