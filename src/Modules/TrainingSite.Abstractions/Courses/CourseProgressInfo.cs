using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Courses;

/// <summary>One course's progress for one learner.</summary>
public sealed record CourseProgressInfo(string CourseId, LocalizedText Title, int Lessons, int LessonsRead, QuizStatus? Quiz, bool HasQuiz)
{
    /// <summary>Every lesson read, and the quiz passed when the course has one.</summary>
    public bool Complete => Lessons > 0 && LessonsRead >= Lessons && (!HasQuiz || Quiz?.Passed == true);
}
