using TrainingSite.Abstractions.Courses;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Reports.Services.Facts;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// What a learner's facts give whoever the learner is (their home region aside): the national part's progress, best
/// scores, the published courses started and complete. Computed once per <see cref="ReportFacts"/>, so a report of
/// thousands of learners only adds each one's section and status. The rule is the one the learner's pages use
/// (<see cref="CourseCompletion"/>): every published lesson read and, with a quiz, an attempt passed, except lessons
/// first published after the learner had completed the course, which are new to them, not required.
/// </summary>
public sealed record LearnerSummary(
    PartProgress National, IReadOnlyDictionary<string, int> BestScores, IReadOnlySet<string> CoursesStarted, IReadOnlySet<string> CoursesComplete)
{
    public static LearnerSummary Of(LearnerFacts learner, ReportFacts facts)
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        var started = new HashSet<string>(StringComparer.Ordinal);
        var complete = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (courseId, course) in learner.Courses)
        {
            if (course.Attempts.Count > 0)
            {
                scores[courseId] = course.BestScore;
            }

            if (facts.CoursesById.TryGetValue(courseId, out var published))
            {
                started.Add(courseId);
                if (Complete(course, published))
                {
                    complete.Add(courseId);
                }
            }
        }

        return new LearnerSummary(Part(learner, facts.PartOf(null)), scores, started, complete);
    }

    public static bool Complete(CourseFacts? course, ReportedCourse published) =>
        course is not null
        && published.Lessons.Count > 0
        && (!published.HasQuiz || course.Passed)
        && (course.PublishedRead >= published.Lessons.Count
            || CourseCompletion.Judge([.. published.Lessons.Select(l => (l.Id, l.FirstPublishedAt))], course.ReadAt, published.HasQuiz, course.FirstPassedAt).Complete);

    /// <summary>Published lessons read and courses complete in one part of the package.</summary>
    public static PartProgress Part(LearnerFacts learner, IEnumerable<ReportedCourse> part)
    {
        int read = 0, lessons = 0, complete = 0, count = 0;
        foreach (var published in part)
        {
            var course = learner.Courses.GetValueOrDefault(published.Id);
            count++;
            read += Math.Min(course?.PublishedRead ?? 0, published.Lessons.Count);
            lessons += published.Lessons.Count;
            complete += Complete(course, published) ? 1 : 0;
        }

        return new PartProgress(read, lessons, complete, count);
    }
}
