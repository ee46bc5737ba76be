using System.Collections.Concurrent;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Remembers computed statistics by exactly what they were computed from: the quiz, its live version and every
/// counted attempt (id, version, learner, number). A submitted attempt's answers never change, so the same key always
/// gives the same statistics, and any new, removed or re-scoped attempt or a new live version is a new key. Grading
/// every answer of a quiz taken by thousands is the costly part of a course report; this makes a repeated view cheap.
/// </summary>
public sealed class QuizStatisticsCache
{
    /// <summary>Enough for every quiz in a few scopes; beyond it the cache starts over (statistics are recomputable).</summary>
    private const int MaxEntries = 256;

    private readonly ConcurrentDictionary<string, QuizStatisticsReport> _reports = new(StringComparer.Ordinal);

    public static string KeyOf(string quizId, int liveVersionId, IEnumerable<(int Id, int VersionId, string UserId, int Number)> attempts)
    {
        var hash = new HashCode();
        var count = 0;
        foreach (var attempt in attempts.OrderBy(a => a.Id))
        {
            hash.Add(attempt.Id);
            hash.Add(attempt.VersionId);
            hash.Add(attempt.UserId, StringComparer.Ordinal);
            hash.Add(attempt.Number);
            count++;
        }

        // The count and the id sum next to the 32-bit hash make an accidental collision of two attempt sets negligible.
        var idSum = attempts.Sum(a => (long)a.Id);
        return $"{quizId}|{liveVersionId}|{count}|{idSum}|{hash.ToHashCode()}";
    }

    public bool TryGet(string key, out QuizStatisticsReport report) => _reports.TryGetValue(key, out report!);

    public void Add(string key, QuizStatisticsReport report)
    {
        if (_reports.Count >= MaxEntries)
        {
            _reports.Clear();
        }

        _reports[key] = report;
    }
}
