using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Tests.Services;

/// <summary>
/// Item analysis on a data set small enough to check by hand. Three single-choice questions (a right, b wrong)
/// and four attempts scoring (q1, q2, q3): A1 (1, 1, 1), A2 (1, 0, 1), A3 (0, 0, 1), A4 (1, 1, 0). A3 leaves q2
/// unanswered. Against the rest of the quiz, q1 correlates at r = 1/3, q2 at exactly 0, q3 at −0.75 / √2.0625.
/// Each attempt is a different learner's first unless a test says otherwise; repeating the set (with new learners)
/// leaves every r as it was but gives the rule (<see cref="QuestionFlagRule"/>) enough attempts to judge.
/// </summary>
public sealed class QuizStatisticsTests
{
    private static readonly LocalizedText Text = new(new Dictionary<string, string> { ["fi"] = "x" });

    private static readonly QuizVersion Version = new() { QuizId = "q", Number = 1, PassPercent = 60, Questions = [Single("q1"), Single("q2"), Single("q3")] };

    private static readonly StatisticsAttempt[] HandData =
    [
        Attempt(Version, "l1", Answers(("q1", "a"), ("q2", "a"), ("q3", "a"))),
        Attempt(Version, "l2", Answers(("q1", "a"), ("q2", "b"), ("q3", "a"))),
        Attempt(Version, "l3", Answers(("q1", "b"), ("q3", "a"))),
        Attempt(Version, "l4", Answers(("q1", "a"), ("q2", "a"), ("q3", "b"))),
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
        var report = QuizStatistics.Compute(Version, Learners(HandData, times: 5));

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
    public void Discrimination_ShouldBeNull_WithTooFewFirstAttempts_OrWhenNothingVaries()
    {
        var fewLearners = QuizStatistics.Compute(Version, Learners(HandData, times: 4));
        var allRight = QuizStatistics.Compute(Version, Learners([HandData[0]], times: 20));
        var none = QuizStatistics.Compute(Version, []);

        Assert.All(fewLearners.Questions, q => Assert.Null(q.Discrimination));
        Assert.All(fewLearners.Questions, q => Assert.False(q.EnoughForDiscrimination));
        Assert.All(allRight.Questions, q => Assert.Null(q.Discrimination));
        Assert.All(none.Questions, q => Assert.Null(q.Facility));
        Assert.All(none.Questions, q => Assert.Equal(0, q.Attempts));
        Assert.Null(none.PassRate);
    }

    [Fact]
    public void Discrimination_ShouldNotBeShown_ForTwoAttemptsByOneLearner()
    {
        // The case the rule was written for: this once showed r = 1.00.
        var twoByOne = QuizStatistics.Compute(Version, [HandData[0], HandData[2] with { LearnerId = "l1", Number = 2 }]);

        Assert.All(twoByOne.Questions, q => Assert.Null(q.Discrimination));
        Assert.All(twoByOne.Questions, q => Assert.Empty(q.Concerns));
        Assert.Equal([1, 1, 1], twoByOne.Questions.Select(q => q.Learners));
        Assert.Equal([1, 1, 1], twoByOne.Questions.Select(q => q.FirstAttempts));
    }

    [Fact]
    public void Discrimination_ShouldUseEachLearnersFirstAttemptOnly()
    {
        // Twenty learners' first attempts are the hand data; their retries all score (1, 1, 1) and would change r.
        var firsts = Learners(HandData, times: 5);
        var retries = firsts.Select(a => Attempt(Version, a.LearnerId, Answers(("q1", "a"), ("q2", "a"), ("q3", "a"))) with { Number = 2 });

        var report = QuizStatistics.Compute(Version, [.. retries, .. firsts]);

        Assert.Equal(1 / 3.0, report.Questions[0].Discrimination!.Value, precision: 10);
        Assert.Equal([40, 40, 40], report.Questions.Select(q => q.Attempts));
        Assert.Equal([20, 20, 20], report.Questions.Select(q => q.FirstAttempts));
    }

    [Fact]
    public void Concerns_ShouldFlagPoorDiscrimination_OnlyFromTwentyFirstAttempts()
    {
        var nineteen = QuizStatistics.Compute(Version, Learners(HandData, times: 5)[1..]);
        var twenty = QuizStatistics.Compute(Version, Learners(HandData, times: 5));

        Assert.All(nineteen.Questions, q => Assert.DoesNotContain(QuestionConcern.PoorDiscrimination, q.Concerns));
        Assert.Empty(twenty.Questions[0].Concerns);
        Assert.Equal([QuestionConcern.PoorDiscrimination], twenty.Questions[1].Concerns);
        Assert.Equal([QuestionConcern.PoorDiscrimination], twenty.Questions[2].Concerns);
    }

    [Fact]
    public void Concerns_ShouldFlagAQuestionEveryoneGetsRight_OrEveryoneGetsWrong_FromTwentyAttemptsByTenLearners()
    {
        var attempt = Attempt(Version, "x", Answers(("q1", "a"), ("q2", "b")));
        var byTen = Enumerable.Range(0, 20).Select(i => attempt with { LearnerId = $"l{i % 10}", Number = (i / 10) + 1 }).ToList();
        var byNine = Enumerable.Range(0, 20).Select(i => attempt with { LearnerId = $"l{i % 9}", Number = (i / 9) + 1 }).ToList();

        var enough = QuizStatistics.Compute(Version, byTen);
        var tooFewLearners = QuizStatistics.Compute(Version, byNine);
        var tooFewAttempts = QuizStatistics.Compute(Version, byTen[..19]);

        Assert.Equal([QuestionConcern.TooEasy], enough.Questions[0].Concerns);
        Assert.Equal([QuestionConcern.TooHard], enough.Questions[1].Concerns);
        Assert.Equal([QuestionConcern.TooHard], enough.Questions[2].Concerns);
        Assert.All(tooFewLearners.Questions, q => Assert.Empty(q.Concerns));
        Assert.All(tooFewAttempts.Questions, q => Assert.Empty(q.Concerns));
    }

    [Fact]
    public void Facility_ShouldCountPartialCredit_WhenTheVersionAllowsIt()
    {
        var multiple = new QuizQuestion("m", QuizQuestion.MultipleChoice, Text, [Choice("a", true), Choice("b", true), Choice("c", false)], LocalizedText.Empty, []);
        var partial = new QuizVersion { QuizId = "q", Number = 1, PartialCredit = true, Questions = [multiple] };

        var report = QuizStatistics.Compute(partial, [Attempt(partial, "l1", Answers(("m", "a"))), Attempt(partial, "l2", Answers(("m", "a"), ("m", "b")))]);

        Assert.Equal(0.75, report.Questions[0].Facility);
        Assert.Equal([2, 1, 0], report.Questions[0].Choices.Select(c => c.Picked));
    }

    [Fact]
    public void EachAttempt_ShouldBeScoredOnItsOwnVersion_AndDroppedQuestionsListedLast()
    {
        // Version 2 makes b the right answer of q1, drops q2 and adds q4.
        var flipped = new QuizQuestion("q1", QuizQuestion.SingleChoice, Text, [Choice("a", false), Choice("b", true)], LocalizedText.Empty, []);
        var latest = new QuizVersion { QuizId = "q", Number = 2, Questions = [flipped, Single("q3"), Single("q4")] };

        var report = QuizStatistics.Compute(latest, [HandData[0], Attempt(latest, "l2", Answers(("q1", "b"), ("q3", "a"), ("q4", "b")))]);

        Assert.Equal(["q1", "q3", "q4", "q2"], report.Questions.Select(q => q.Question.Id));
        Assert.Equal([1, 2, 3, 4], report.Questions.Select(q => q.Position));
        Assert.Equal([true, true, true, false], report.Questions.Select(q => q.InLatestVersion));
        Assert.Equal([1.0, 1.0, 0.0, 1.0], report.Questions.Select(q => q.Facility!.Value));
        Assert.Equal([2, 2, 1, 1], report.Questions.Select(q => q.Attempts));
        Assert.True(report.Questions[0].Choices.Single(c => c.Choice.Id == "b").Choice.Correct);
    }

    private static StatisticsAttempt Attempt(QuizVersion version, string learner, Dictionary<string, IReadOnlySet<string>> answers) => new(version, learner, 1, answers);

    /// <summary>The attempts repeated <paramref name="times"/> times, each copy by new learners (first attempts all).</summary>
    private static StatisticsAttempt[] Learners(StatisticsAttempt[] attempts, int times) =>
        [.. Enumerable.Range(0, times).SelectMany(copy => attempts.Select(a => a with { LearnerId = $"{a.LearnerId}-{copy}" }))];

    private static QuizChoice Choice(string id, bool correct) => new(id, Text, correct, LocalizedText.Empty);

    private static QuizQuestion Single(string id) => new(id, QuizQuestion.SingleChoice, Text, [Choice("a", true), Choice("b", false)], LocalizedText.Empty, []);

    private static Dictionary<string, IReadOnlySet<string>> Answers(params (string Question, string Choice)[] picks) =>
        picks.GroupBy(p => p.Question).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(p => p.Choice).ToHashSet());
}
