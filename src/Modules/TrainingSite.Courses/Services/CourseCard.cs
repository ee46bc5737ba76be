using TrainingSite.Abstractions.Courses;

namespace TrainingSite.Courses.Services;

/// <summary>A course in the catalogue with the signed-in learner's progress (zero for visitors).</summary>
public sealed record CourseCard(CourseOutline Course, int LessonsRead, LessonOutline? Continue, bool Started, CourseProgressInfo? Progress)
{
    public bool Complete => Progress?.Complete ?? (Course.Lessons.Count > 0 && LessonsRead >= Course.Lessons.Count && !Course.HasQuiz);
}
