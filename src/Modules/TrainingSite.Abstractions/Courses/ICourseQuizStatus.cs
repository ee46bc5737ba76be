namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// Offered by the quizzes module: the learner's quiz state for the courses that have a quiz.
/// Courses asks it which courses have a quiz and whether a course is complete.
/// </summary>
public interface ICourseQuizStatus
{
    /// <summary>The courses that have a published quiz.</summary>
    Task<IReadOnlySet<string>> CoursesWithQuizAsync(CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, QuizStatus>> ForLearnerAsync(string userId, IReadOnlyCollection<string> courseIds, CancellationToken cancellationToken);
}
