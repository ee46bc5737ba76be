using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Reporting;

/// <summary>A published lesson of a <see cref="ReportedCourse"/>.</summary>
public sealed record ReportedLesson(string Id, int Order, LocalizedText Title, int Minutes)
{
    /// <summary>When the lesson was first published: a learner who completed the course before it is not asked for it.</summary>
    public DateTimeOffset FirstPublishedAt { get; init; } = DateTimeOffset.MinValue;
}
