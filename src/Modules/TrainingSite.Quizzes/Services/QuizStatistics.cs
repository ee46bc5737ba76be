using TrainingSite.Abstractions.Reporting;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Classical item analysis of a quiz over its submitted attempts, so a bad question stands out. Each attempt
/// is scored on the version it was taken on (a later edit never changes an old attempt's score); questions are
/// matched across versions by id and shown with the latest published version's texts. An unanswered question
/// scores zero, as it does in the grade.
/// </summary>
/// <remarks>
/// The rule for flags (<see cref="QuestionFlagRule"/>, shared with the course report): facility is the mean over every
/// submitted attempt, but too hard (&lt; 20 % right) or too easy (&gt; 95 %) is said only with at least 20 attempts by at
/// least 10 different learners. Discrimination is Pearson's r between the question and the rest of the quiz over each
/// learner's FIRST submitted attempt only, and is shown (and flagged when &lt; 0.2) only with at least 20 such attempts;
/// before that the page says "not enough attempts to say". Two attempts by one learner once showed r = 1.00: that was
/// the noise this rule keeps out.
/// </remarks>
public static class QuizStatistics
{
    /// <summary>Variances this small are rounding error: every attempt scored the same.</summary>
    private const double NoVariance = 1e-12;

    public static QuizStatisticsReport Compute(QuizVersion latest, IEnumerable<StatisticsAttempt> attempts)
    {
        var scored = attempts.Select(a => new ScoredAttempt(a, QuizGrader.Grade(a.Version, a.Answers))).ToList();
        var firstIds = scored.GroupBy(a => a.Source.LearnerId, StringComparer.Ordinal)
            .Select(g => g.MinBy(a => a.Source.Number)!)
            .ToHashSet();

        // Newest first, so a question the latest version dropped is shown as it last was.
        var versions = scored.Select(a => a.Source.Version).Append(latest).Distinct().OrderByDescending(v => v.Number).ToList();
        var questions = latest.Questions.Select(q => (Question: q, InLatest: true))
            .Concat(versions.SelectMany(v => v.Questions).Where(q => latest.Questions.All(l => l.Id != q.Id)).DistinctBy(q => q.Id).Select(q => (Question: q, InLatest: false)))
            .Select((item, index) => Analyse(index + 1, item.Question, item.InLatest, versions, scored, firstIds))
            .ToList();
        return new QuizStatisticsReport(latest, scored.Count, scored.Count(a => a.Grade.Passed), questions);
    }

    private static QuestionStatistics Analyse(
        int position, QuizQuestion question, bool inLatest, IReadOnlyList<QuizVersion> versions, IReadOnlyList<ScoredAttempt> attempts, IReadOnlySet<ScoredAttempt> firsts)
    {
        var asked = attempts.Where(a => a.Points.ContainsKey(question.Id)).ToList();
        var chosen = asked.Select(a => a.Source.Answers.GetValueOrDefault(question.Id) ?? new HashSet<string>()).ToList();
        double? facility = asked.Count == 0 ? null : asked.Average(a => a.Points[question.Id]);
        var learners = asked.Select(a => a.Source.LearnerId).Distinct(StringComparer.Ordinal).Count();
        var firstAsked = asked.Where(firsts.Contains).ToList();
        var discrimination = QuestionFlagRule.EnoughForDiscrimination(firstAsked.Count)
            ? Pearson([.. firstAsked.Select(a => a.Points[question.Id])], [.. firstAsked.Select(a => a.Total - a.Points[question.Id])])
            : null;

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

        return new QuestionStatistics(
            position, question, inLatest, asked.Count, learners, firstAsked.Count, chosen.Count(set => set.Count > 0), facility, discrimination, choices,
            Flags(QuestionFlagRule.EnoughForDifficulty(asked.Count, learners), facility, discrimination));
    }

    /// <summary>The flags the numbers support; <paramref name="discrimination"/> is already null when too few first attempts.</summary>
    private static List<QuestionConcern> Flags(bool enoughForDifficulty, double? facility, double? discrimination)
    {
        var flags = new List<QuestionConcern>();
        if (enoughForDifficulty && facility < QuestionFlagRule.TooHardBelow)
        {
            flags.Add(QuestionConcern.TooHard);
        }

        if (enoughForDifficulty && facility > QuestionFlagRule.TooEasyAbove)
        {
            flags.Add(QuestionConcern.TooEasy);
        }

        if (discrimination < QuestionFlagRule.PoorDiscriminationBelow)
        {
            flags.Add(QuestionConcern.PoorDiscrimination);
        }

        return flags;
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

    private sealed class ScoredAttempt(StatisticsAttempt source, QuizGrade grade)
    {
        public StatisticsAttempt Source => source;

        public QuizGrade Grade => grade;

        /// <summary>Each question's points in this attempt, by question id; only the questions its version asked.</summary>
        public Dictionary<string, double> Points { get; } = grade.Questions.ToDictionary(q => q.QuestionId, q => q.Points, StringComparer.Ordinal);

        public double Total { get; } = grade.Questions.Sum(q => q.Points);
    }
}
