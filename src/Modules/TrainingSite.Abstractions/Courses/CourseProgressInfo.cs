using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Courses;

/// <summary>One course's progress for one learner.</summary>
public sealed record CourseProgressInfo(string CourseId, LocalizedText Title, int Lessons, int LessonsRead, QuizStatus? Quiz, bool HasQuiz)
{
    /// <summary>
    /// Unread lessons first published after the learner completed the course (<see cref="CourseCompletion"/>): shown as
    /// new, not required of them. Empty unless the course is complete.
    /// </summary>
    public IReadOnlyList<string> NewLessonIds { get; init; } = [];

    /// <summary>Every lesson read (the new ones aside), and the quiz passed when the course has one.</summary>
    public bool Complete => Lessons > 0 && LessonsRead + NewLessonIds.Count >= Lessons && (!HasQuiz || Quiz?.Passed == true);
}
