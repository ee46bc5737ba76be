namespace TrainingSite.Abstractions.Courses;

/// <summary>
/// Told by the courses module, inside the deleting transaction, that a course is being deleted, so a module
/// that keeps data for the course (its quiz, attempts) removes it in the same all-or-nothing step.
/// </summary>
public interface ICourseDeletionListener
{
    Task CourseDeletingAsync(string courseId, CancellationToken cancellationToken);
}
