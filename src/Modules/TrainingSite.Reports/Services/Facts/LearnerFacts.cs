using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Services.Facts;

/// <summary>What one account has done, as the reports count it: its courses, its certificate and its latest activity.</summary>
public sealed class LearnerFacts
{
    private readonly Dictionary<string, CourseFacts> _courses = new(StringComparer.Ordinal);

    /// <summary>Per course id: the courses the account opened a lesson of or submitted the quiz of.</summary>
    public IReadOnlyDictionary<string, CourseFacts> Courses => _courses;

    /// <summary>The certificate shown: a valid one if any (the latest), otherwise the latest revoked one.</summary>
    public (bool Valid, DateTimeOffset IssuedAt)? Certificate { get; private set; }

    /// <summary>The latest lesson opened or read, or quiz submitted.</summary>
    public DateTimeOffset? LastActivity { get; private set; }

    /// <summary>What these facts give against the published courses (<see cref="ReportFacts.Summarise"/>).</summary>
    public LearnerSummary Summary { get; internal set; } = null!;

    internal CourseFacts Course(string courseId)
    {
        if (!_courses.TryGetValue(courseId, out var course))
        {
            _courses[courseId] = course = new CourseFacts();
        }

        return course;
    }

    internal void AddActivity(DateTimeOffset time)
    {
        if (LastActivity is not { } latest || time > latest)
        {
            LastActivity = time;
        }
    }

    internal void AddCertificate(DateTimeOffset issuedAt, bool valid)
    {
        if (Certificate is not { } known || (valid && !known.Valid) || (valid == known.Valid && issuedAt > known.IssuedAt))
        {
            Certificate = (valid, issuedAt);
        }
    }
}

/// <summary>One account's progress rows and submitted attempts in one course.</summary>
public sealed class CourseFacts
{
    private readonly List<(string LessonId, bool Read)> _lessons = [];
    private readonly Dictionary<string, DateTimeOffset> _readAt = new(StringComparer.Ordinal);
    private readonly List<(int Score, bool Passed)> _attempts = [];

    /// <summary>Every progress row: a lesson opened, and whether it was read (lessons no longer published included).</summary>
    public IReadOnlyList<(string LessonId, bool Read)> Lessons => _lessons;

    /// <summary>The published lessons read.</summary>
    public int PublishedRead { get; internal set; }

    /// <summary>Submitted attempts, in no particular order.</summary>
    public IReadOnlyList<(int Score, bool Passed)> Attempts => _attempts;

    public int BestScore { get; private set; }

    public bool Passed { get; private set; }

    /// <summary>When each lesson was read, for the completion rule (<see cref="Abstractions.Courses.CourseCompletion"/>).</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> ReadAt => _readAt;

    /// <summary>When the quiz was first passed; null when never.</summary>
    public DateTimeOffset? FirstPassedAt { get; private set; }

    internal void AddLesson(string lessonId, DateTimeOffset? readAt)
    {
        _lessons.Add((lessonId, readAt is not null));
        if (readAt is { } read)
        {
            _readAt[lessonId] = read;
        }
    }

    internal void AddAttempt(int score, bool passed, DateTimeOffset submittedAt)
    {
        _attempts.Add((score, passed));
        BestScore = Math.Max(BestScore, score);
        Passed |= passed;
        if (passed && (FirstPassedAt is not { } first || submittedAt < first))
        {
            FirstPassedAt = submittedAt;
        }
    }
}
