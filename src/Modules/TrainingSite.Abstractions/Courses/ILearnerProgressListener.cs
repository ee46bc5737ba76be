namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// Told after a learner's progress may have changed (a lesson marked read, a quiz attempt graded), so a module
/// that acts on completion (certificates) can do so at once, without the courses or quizzes modules knowing it.
/// </summary>
public interface ILearnerProgressListener
{
    Task ProgressChangedAsync(string userId, CancellationToken cancellationToken);
}
