using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Reporting;

/// <summary>A published course as reports count it: its part of the package, its published lessons in order, its quiz.</summary>
public sealed record ReportedCourse(string Id, string? RegionId, int Order, LocalizedText Title, bool HasQuiz, IReadOnlyList<ReportedLesson> Lessons)
{
    public bool IsNational => RegionId is null;
}
