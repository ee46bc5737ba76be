namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// The facts of a set of learners, aggregated in SQL (one row per learner and course) and indexed per learner for
/// <see cref="LearnerRowBuilder"/>.
/// </summary>
public sealed class LearnerAggregates
{
    private static readonly IReadOnlyDictionary<string, (int Opened, int Read)> NoLessons = new Dictionary<string, (int, int)>();
    private static readonly IReadOnlyDictionary<string, (int Best, bool Passed)> NoQuizzes = new Dictionary<string, (int, bool)>();

    private readonly Dictionary<string, Dictionary<string, (int Opened, int Read)>> _lessons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, (int Best, bool Passed)>> _quizzes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (bool Valid, DateTimeOffset IssuedAt)> _certificates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _lastActivity = new(StringComparer.Ordinal);
    private readonly HashSet<string> _recentlyActive = new(StringComparer.Ordinal);

    /// <summary>Per course: progress rows (any lesson) and published lessons read.</summary>
    public IReadOnlyDictionary<string, (int Opened, int Read)> LessonsOf(string userId) => _lessons.TryGetValue(userId, out var courses) ? courses : NoLessons;

    /// <summary>Per course: the best submitted score and whether any attempt passed.</summary>
    public IReadOnlyDictionary<string, (int Best, bool Passed)> QuizzesOf(string userId) => _quizzes.TryGetValue(userId, out var courses) ? courses : NoQuizzes;

    /// <summary>The certificate shown: a valid one if any (the latest), otherwise the latest revoked one.</summary>
    public (bool Valid, DateTimeOffset IssuedAt)? CertificateOf(string userId) => _certificates.TryGetValue(userId, out var held) ? held : null;

    /// <summary>The latest lesson opened or read, or quiz submitted (loaded only for the rows shown).</summary>
    public DateTimeOffset? LastActivityOf(string userId) => _lastActivity.TryGetValue(userId, out var time) ? time : null;

    /// <summary>Whether the learner opened or read a lesson, or submitted a quiz, in the last <see cref="LearnerStatuses.ActiveDays"/> days.</summary>
    public bool RecentlyActive(string userId) => _recentlyActive.Contains(userId);

    public void AddLessons(string userId, string courseId, int opened, int read, bool recent)
    {
        Of(_lessons, userId)[courseId] = (opened, read);
        MarkRecent(userId, recent);
    }

    public void AddQuiz(string userId, string courseId, int best, bool passed, bool recent)
    {
        Of(_quizzes, userId)[courseId] = (best, passed);
        MarkRecent(userId, recent);
    }

    public void AddActivity(string userId, DateTimeOffset time)
    {
        if (!_lastActivity.TryGetValue(userId, out var latest) || time > latest)
        {
            _lastActivity[userId] = time;
        }
    }

    public void AddCertificate(string userId, DateTimeOffset issuedAt, bool valid)
    {
        if (!_certificates.TryGetValue(userId, out var known) || (valid && !known.Valid) || (valid == known.Valid && issuedAt > known.IssuedAt))
        {
            _certificates[userId] = (valid, issuedAt);
        }
    }

    private void MarkRecent(string userId, bool recent)
    {
        if (recent)
        {
            _recentlyActive.Add(userId);
        }
    }

    private static Dictionary<string, T> Of<T>(Dictionary<string, Dictionary<string, T>> index, string userId)
    {
        if (!index.TryGetValue(userId, out var courses))
        {
            index[userId] = courses = new Dictionary<string, T>(StringComparer.Ordinal);
        }

        return courses;
    }
}
