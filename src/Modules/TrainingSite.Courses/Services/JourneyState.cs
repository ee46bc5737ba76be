using TrainingSite.Abstractions.Courses;
using TrainingSite.Courses.Models;

namespace TrainingSite.Courses.Services;

/// <summary>
/// One learner's package as read by <see cref="LearnerJourney"/>: the courses that count for them (national part
/// first, then their home region's section, in catalogue order), which lessons they have read, and each course's progress.
/// </summary>
public sealed class JourneyState
{
    private readonly ILookup<string, LessonProgress> _rowsByCourse;
    private readonly IReadOnlyList<LessonProgress> _rows;
    private readonly HashSet<string> _read;
    private readonly Dictionary<string, CourseProgressInfo> _progress;

    public JourneyState(IReadOnlyList<CourseOutline> courses, IReadOnlyList<LessonProgress> rows, PackageProgress package)
    {
        Courses = courses;
        Package = package;
        _rows = rows;
        _rowsByCourse = rows.ToLookup(r => r.CourseId, StringComparer.Ordinal);
        _read = rows.Where(r => r.ReadAt is not null).Select(r => r.LessonId).ToHashSet(StringComparer.Ordinal);
        _progress = package.National.Concat(package.Regional).ToDictionary(i => i.CourseId, StringComparer.Ordinal);
    }

    public IReadOnlyList<CourseOutline> Courses { get; }

    public PackageProgress Package { get; }

    /// <summary>Published lessons read, of all published lessons, in the national part.</summary>
    public LessonCount National => Count(Courses.Where(c => c.IsNational));

    /// <summary>The same in the home region's section (zero of zero without a home region).</summary>
    public LessonCount Regional => Count(Courses.Where(c => !c.IsNational));

    public LessonCount Overall => Count(Courses);

    /// <summary>The estimated reading time of the published lessons not yet read, in minutes.</summary>
    public int MinutesLeft => Courses.SelectMany(c => c.Lessons).Where(l => !_read.Contains(l.Id)).Sum(l => l.Minutes);

    /// <summary>Whether the learner has opened any lesson yet (the front page then says "continue", not "begin").</summary>
    public bool HasStarted => _rows.Count > 0;

    /// <summary>When the learner first opened a lesson; null before that.</summary>
    public DateTimeOffset? StartedAt => _rows.Count == 0 ? null : _rows.Min(r => r.OpenedAt);

    public bool IsRead(string lessonId) => _read.Contains(lessonId);

    public CourseProgressInfo? Progress(string courseId) => _progress.GetValueOrDefault(courseId);

    public IReadOnlyCollection<LessonProgress> RowsOf(string courseId) => [.. _rowsByCourse[courseId]];

    /// <summary>
    /// "Continue where you left off": in the unfinished course the learner last opened a lesson of, its next lesson
    /// (or its quiz once every lesson is read); without one, the first unfinished course of the package. Null when
    /// nothing is left to do.
    /// </summary>
    public NextStep? Next()
    {
        var lastOpened = _rows.OrderByDescending(r => r.OpenedAt).Select(r => r.CourseId).Distinct(StringComparer.Ordinal);
        var byId = Courses.ToDictionary(c => c.Id, StringComparer.Ordinal);
        return lastOpened.Where(byId.ContainsKey).Select(id => Step(byId[id])).FirstOrDefault(s => s is not null)
            ?? Courses.Select(Step).FirstOrDefault(s => s is not null);
    }

    /// <summary>
    /// What follows the last lesson of <paramref name="course"/>: one of its lessons still unread, then its quiz unless
    /// passed, then the next unfinished course of the package (after this one, then from the start).
    /// </summary>
    public NextStep? AfterLastLesson(CourseOutline course, string lessonId, QuizStatus? quiz)
    {
        if (course.Lessons.FirstOrDefault(l => l.Id != lessonId && !_read.Contains(l.Id)) is { } unread)
        {
            return new NextStep(course, unread);
        }

        if (course.HasQuiz && quiz?.Passed != true)
        {
            return new NextStep(course, null);
        }

        var index = Courses.ToList().FindIndex(c => c.Id == course.Id);
        return Courses.Skip(index + 1).Concat(Courses.Take(Math.Max(index, 0))).Where(c => c.Id != course.Id).Select(Step).FirstOrDefault(s => s is not null);
    }

    /// <summary>The newest published lessons of the learner's package not yet read, published since <paramref name="since"/>.</summary>
    public IReadOnlyList<(CourseOutline Course, LessonOutline Lesson)> NewUnread(DateTimeOffset since, int count) =>
        [.. Courses.SelectMany(c => c.Lessons.Select(l => (Course: c, Lesson: l)))
            .Where(x => x.Lesson.PublishedAt >= since && !_read.Contains(x.Lesson.Id))
            .OrderByDescending(x => x.Lesson.PublishedAt).ThenBy(x => x.Lesson.Id, StringComparer.Ordinal)
            .Take(count)];

    /// <summary>Where a course goes on: its last opened or first unread lesson, else its quiz unless passed; null when complete.</summary>
    private NextStep? Step(CourseOutline course)
    {
        var progress = Progress(course.Id);
        if (progress?.Complete == true)
        {
            return null;
        }

        if (LearnerProgress.Continue(course, RowsOf(course.Id)) is { } lesson)
        {
            return new NextStep(course, lesson);
        }

        return (progress?.HasQuiz ?? course.HasQuiz) && progress?.Quiz?.Passed != true ? new NextStep(course, null) : null;
    }

    private LessonCount Count(IEnumerable<CourseOutline> courses)
    {
        var lessons = courses.SelectMany(c => c.Lessons).ToList();
        return new LessonCount(lessons.Count(l => _read.Contains(l.Id)), lessons.Count);
    }
}
