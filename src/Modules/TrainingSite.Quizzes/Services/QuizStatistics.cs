using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Classical item analysis of a quiz over its submitted attempts, so a bad question stands out. Each attempt
/// is scored on the version it was taken on (a later edit never changes an old attempt's score); questions are
/// matched across versions by id and shown with the latest published version's texts. An unanswered question
/// scores zero, as it does in the grade.
/// </summary>
public static class QuizStatistics
{
    /// <summary>Below this many attempts the numbers are noise, so nothing is flagged.</summary>
    public const int MinimumAttemptsToFlag = 5;

    public const double TooHardBelow = 0.2;

    public const double TooEasyAbove = 0.95;

    public const double WeakDiscriminationBelow = 0.1;

    /// <summary>Variances this small are rounding error: every attempt scored the same.</summary>
    private const double NoVariance = 1e-12;

    public static QuizStatisticsReport Compute(
        QuizVersion latest,
        IEnumerable<(QuizVersion Version, IReadOnlyDictionary<string, IReadOnlySet<string>> Answers)> attempts)
    {
        var scored = attempts.Select(a => new ScoredAttempt(a.Version, a.Answers, QuizGrader.Grade(a.Version, a.Answers))).ToList();

        // Newest first, so a question the latest version dropped is shown as it last was.
        var versions = scored.Select(a => a.Version).Append(latest).Distinct().OrderByDescending(v => v.Number).ToList();
        var questions = latest.Questions.Select(q => (Question: q, InLatest: true))
            .Concat(versions.SelectMany(v => v.Questions).Where(q => latest.Questions.All(l => l.Id != q.Id)).DistinctBy(q => q.Id).Select(q => (Question: q, InLatest: false)))
            .Select((item, index) => Analyse(index + 1, item.Question, item.InLatest, versions, scored))
            .ToList();
        return new QuizStatisticsReport(latest, scored.Count, scored.Count(a => a.Grade.Passed), questions);
    }

    private static QuestionStatistics Analyse(int position, QuizQuestion question, bool inLatest, IReadOnlyList<QuizVersion> versions, IReadOnlyList<ScoredAttempt> attempts)
    {
        var asked = attempts.Where(a => a.Points.ContainsKey(question.Id)).ToList();
        var scores = asked.Select(a => a.Points[question.Id]).ToList();
        var rest = asked.Select(a => a.Total - a.Points[question.Id]).ToList();
        var chosen = asked.Select(a => a.Answers.GetValueOrDefault(question.Id) ?? new HashSet<string>()).ToList();
        double? facility = asked.Count == 0 ? null : scores.Average();
        var discrimination = Pearson(scores, rest);

        // A choice an earlier version had may still have been picked; list it after the current ones.
        var choices = question.Choices
            .Concat(versions.SelectMany(v => v.Questions).Where(q => q.Id == question.Id).SelectMany(q => q.Choices))
            .DistinctBy(c => c.Id)
            .Select(c =>
            {
                var picked = chosen.Count(set => set.Contains(c.Id));
                return new ChoiceStatistics(c, picked, asked.Count == 0 ? 0 : picked / (double)asked.Count);
            })
            .ToList();

        return new QuestionStatistics(position, question, inLatest, asked.Count, chosen.Count(set => set.Count > 0), facility, discrimination, choices, Concerns(asked.Count, facility, discrimination));
    }

    private static List<QuestionConcern> Concerns(int attempts, double? facility, double? discrimination)
    {
        var concerns = new List<QuestionConcern>();
        if (attempts < MinimumAttemptsToFlag)
        {
            return concerns;
        }

        if (facility < TooHardBelow)
        {
            concerns.Add(QuestionConcern.TooHard);
        }

        if (facility > TooEasyAbove)
        {
            concerns.Add(QuestionConcern.TooEasy);
        }

        if (discrimination < WeakDiscriminationBelow)
        {
            concerns.Add(QuestionConcern.WeakDiscrimination);
        }

        return concerns;
    }

    /// <summary>Pearson's r; null with fewer than two pairs or when either side never varies (r is undefined then).</summary>
    private static double? Pearson(List<double> x, List<double> y)
    {
        if (x.Count < 2)
        {
            return null;
        }

        var (meanX, meanY) = (x.Average(), y.Average());
        double sumXy = 0, sumXx = 0, sumYy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var (dx, dy) = (x[i] - meanX, y[i] - meanY);
            sumXy += dx * dy;
            sumXx += dx * dx;
            sumYy += dy * dy;
        }

        if (sumXx < NoVariance || sumYy < NoVariance)
        {
            return null;
        }

        return Math.Clamp(sumXy / Math.Sqrt(sumXx * sumYy), -1, 1);
    }

    private sealed class ScoredAttempt(QuizVersion version, IReadOnlyDictionary<string, IReadOnlySet<string>> answers, QuizGrade grade)
    {
        public QuizVersion Version => version;

        public IReadOnlyDictionary<string, IReadOnlySet<string>> Answers => answers;

        public QuizGrade Grade => grade;

        /// <summary>Each question's points in this attempt, by question id; only the questions its version asked.</summary>
        public Dictionary<string, double> Points { get; } = grade.Questions.ToDictionary(q => q.QuestionId, q => q.Points, StringComparer.Ordinal);

        public double Total { get; } = grade.Questions.Sum(q => q.Points);
    }
}
