using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Tests.Services;

/// <summary>
/// Item analysis on a data set small enough to check by hand. Three single-choice questions (a right, b wrong)
/// and four attempts scoring (q1, q2, q3): A1 (1, 1, 1), A2 (1, 0, 1), A3 (0, 0, 1), A4 (1, 1, 0). A3 leaves q2
/// unanswered. Against the rest of the quiz, q1 correlates at r = 1/3, q2 at exactly 0, q3 at −0.75 / √2.0625.
/// </summary>
public sealed class QuizStatisticsTests
{
    private static readonly LocalizedText Text = new(new Dictionary<string, string> { ["fi"] = "x" });

    private static readonly QuizVersion Version = new() { QuizId = "q", Number = 1, PassPercent = 60, Questions = [Single("q1"), Single("q2"), Single("q3")] };

    private static readonly (QuizVersion, IReadOnlyDictionary<string, IReadOnlySet<string>>)[] HandData =
    [
        (Version, Answers(("q1", "a"), ("q2", "a"), ("q3", "a"))),
        (Version, Answers(("q1", "a"), ("q2", "b"), ("q3", "a"))),
        (Version, Answers(("q1", "b"), ("q3", "a"))),
        (Version, Answers(("q1", "a"), ("q2", "a"), ("q3", "b"))),
    ];

    [Fact]
    public void Facility_ShouldBeTheMeanScore_WithAnUnansweredQuestionAsZero()
    {
        var report = QuizStatistics.Compute(Version, HandData);

        Assert.Equal([0.75, 0.5, 0.75], report.Questions.Select(q => q.Facility!.Value));
        Assert.Equal([4, 4, 4], report.Questions.Select(q => q.Attempts));
        Assert.Equal(4, report.SubmittedAttempts);
        Assert.Equal(3, report.Passed);
        Assert.Equal(0.75, report.PassRate);
    }

    [Fact]
    public void Discrimination_ShouldCorrelateTheQuestionWithTheRestOfTheQuiz()
    {
        var report = QuizStatistics.Compute(Version, HandData);

        Assert.Equal(1 / 3.0, report.Questions[0].Discrimination!.Value, precision: 10);
        Assert.Equal(0, report.Questions[1].Discrimination!.Value, precision: 10);
        Assert.Equal(-0.75 / Math.Sqrt(2.0625), report.Questions[2].Discrimination!.Value, precision: 10);
    }

    [Fact]
    public void Choices_ShouldCountEveryPick_AndTheUnanswered()
    {
        var q2 = QuizStatistics.Compute(Version, HandData).Questions[1];

        Assert.Equal([("a", 2, 0.5), ("b", 1, 0.25)], q2.Choices.Select(c => (c.Choice.Id, c.Picked, c.Share)));
        Assert.Equal(3, q2.Answered);
    }

    [Fact]
    public void Discrimination_ShouldBeNull_WithFewerThanTwoAttempts_OrWhenNothingVaries()
    {
        var one = QuizStatistics.Compute(Version, HandData[..1]);
        var allRight = QuizStatistics.Compute(Version, [HandData[0], HandData[0], HandData[0]]);
        var none = QuizStatistics.Compute(Version, []);

        Assert.All(one.Questions, q => Assert.Null(q.Discrimination));
        Assert.All(allRight.Questions, q => Assert.Null(q.Discrimination));
        Assert.All(none.Questions, q => Assert.Null(q.Facility));
        Assert.All(none.Questions, q => Assert.Equal(0, q.Attempts));
        Assert.Null(none.PassRate);
    }

    [Fact]
    public void Concerns_ShouldFlagWeakDiscrimination_OnlyFromFiveAttempts()
    {
        // Repeating the data set leaves every r as it was, but gives enough attempts to judge.
        var fewAttempts = QuizStatistics.Compute(Version, HandData);
        var enoughAttempts = QuizStatistics.Compute(Version, [.. HandData, .. HandData]);

        Assert.All(fewAttempts.Questions, q => Assert.False(q.NeedsAttention));
        Assert.Empty(enoughAttempts.Questions[0].Concerns);
        Assert.Equal([QuestionConcern.WeakDiscrimination], enoughAttempts.Questions[1].Concerns);
        Assert.Equal([QuestionConcern.WeakDiscrimination], enoughAttempts.Questions[2].Concerns);
    }

    [Fact]
    public void Concerns_ShouldFlagAQuestionEveryoneGetsRight_OrEveryoneGetsWrong()
    {
        IReadOnlyDictionary<string, IReadOnlySet<string>> attempt = Answers(("q1", "a"), ("q2", "b"));

        var report = QuizStatistics.Compute(Version, Enumerable.Repeat((Version, attempt), 5));

        Assert.Equal([QuestionConcern.TooEasy], report.Questions[0].Concerns);
        Assert.Equal([QuestionConcern.TooHard], report.Questions[1].Concerns);
        Assert.Equal([QuestionConcern.TooHard], report.Questions[2].Concerns);
    }

    [Fact]
    public void Facility_ShouldCountPartialCredit_WhenTheVersionAllowsIt()
    {
        var multiple = new QuizQuestion("m", QuizQuestion.MultipleChoice, Text, [Choice("a", true), Choice("b", true), Choice("c", false)], LocalizedText.Empty, []);
        var partial = new QuizVersion { QuizId = "q", Number = 1, PartialCredit = true, Questions = [multiple] };

        var report = QuizStatistics.Compute(partial, [(partial, Answers(("m", "a"))), (partial, Answers(("m", "a"), ("m", "b")))]);

        Assert.Equal(0.75, report.Questions[0].Facility);
        Assert.Equal([2, 1, 0], report.Questions[0].Choices.Select(c => c.Picked));
    }

    [Fact]
    public void EachAttempt_ShouldBeScoredOnItsOwnVersion_AndDroppedQuestionsListedLast()
    {
        // Version 2 makes b the right answer of q1, drops q2 and adds q4.
        var flipped = new QuizQuestion("q1", QuizQuestion.SingleChoice, Text, [Choice("a", false), Choice("b", true)], LocalizedText.Empty, []);
        var latest = new QuizVersion { QuizId = "q", Number = 2, Questions = [flipped, Single("q3"), Single("q4")] };

        var report = QuizStatistics.Compute(latest, [HandData[0], (latest, Answers(("q1", "b"), ("q3", "a"), ("q4", "b")))]);

        Assert.Equal(["q1", "q3", "q4", "q2"], report.Questions.Select(q => q.Question.Id));
        Assert.Equal([1, 2, 3, 4], report.Questions.Select(q => q.Position));
        Assert.Equal([true, true, true, false], report.Questions.Select(q => q.InLatestVersion));
        Assert.Equal([1.0, 1.0, 0.0, 1.0], report.Questions.Select(q => q.Facility!.Value));
        Assert.Equal([2, 2, 1, 1], report.Questions.Select(q => q.Attempts));
        Assert.True(report.Questions[0].Choices.Single(c => c.Choice.Id == "b").Choice.Correct);
    }

    private static QuizChoice Choice(string id, bool correct) => new(id, Text, correct, LocalizedText.Empty);

    private static QuizQuestion Single(string id) => new(id, QuizQuestion.SingleChoice, Text, [Choice("a", true), Choice("b", false)], LocalizedText.Empty, []);

    private static Dictionary<string, IReadOnlySet<string>> Answers(params (string Question, string Choice)[] picks) =>
        picks.GroupBy(p => p.Question).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(p => p.Choice).ToHashSet());
}
