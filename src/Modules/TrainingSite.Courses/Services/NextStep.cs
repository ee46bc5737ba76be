namespace TrainingSite.Courses.Services;

/// <summary>Where a learner goes next: a lesson of a course, or (no lesson) the course's quiz.</summary>
public sealed record NextStep(CourseOutline Course, LessonOutline? Lesson)
{
    public bool IsQuiz => Lesson is null;

    public string Url => Lesson is null ? $"/courses/{Course.Id}/quiz" : $"/courses/{Course.Id}/lessons/{Lesson.Id}";
}
