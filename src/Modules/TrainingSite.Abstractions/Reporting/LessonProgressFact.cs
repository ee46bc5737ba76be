namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// One learner's progress row in one lesson, as reports read it. A class with settable members (not a positional
/// record) so EF Core can go on composing Where, GroupBy and joins over the projection into SQL.
/// </summary>
public sealed class LessonProgressFact
{
    public string UserId { get; set; } = string.Empty;

    public string LessonId { get; set; } = string.Empty;

    public string CourseId { get; set; } = string.Empty;

    public DateTimeOffset OpenedAt { get; set; }

    /// <summary>When the learner marked it read; null while only opened.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
