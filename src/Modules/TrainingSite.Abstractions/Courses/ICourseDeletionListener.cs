namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// Offered by a module that keeps data for a course (the quizzes module: its quiz, learners' attempts). The courses
/// module asks it whose data the course holds before deleting (a course holding any learner's data is archived, and
/// only an administrator purges it), and tells it, inside the deleting transaction, that the course is being
/// deleted, so it removes its data in the same all-or-nothing step.
/// </summary>
public interface ICourseDeletionListener
{
    /// <summary>The learners (user ids) whose data this module keeps for the course; deleting the course removes it.</summary>
    Task<IReadOnlyCollection<string>> LearnersAsync(string courseId, CancellationToken cancellationToken);

    Task CourseDeletingAsync(string courseId, CancellationToken cancellationToken);
}
