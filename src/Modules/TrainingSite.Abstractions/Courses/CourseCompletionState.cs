namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// What <see cref="CourseCompletion.Judge"/> found: whether the course is complete for the learner, since when, and
/// the lessons published after that moment which the learner has not read ("new" to them, not required).
/// </summary>
public sealed record CourseCompletionState(bool Complete, DateTimeOffset? CompletedAt, IReadOnlyList<string> NewLessonIds)
{
    public static readonly CourseCompletionState NotComplete = new(false, null, []);
}
