using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Tests.Services;

public sealed class QuizGraderTests
{
    private static readonly LocalizedText Text = new(new Dictionary<string, string> { ["fi"] = "x" });

    private static QuizQuestion Question(string id, string kind, params (string Id, bool Correct)[] choices) =>
        new(id, kind, Text, [.. choices.Select(c => new QuizChoice(c.Id, Text, c.Correct, LocalizedText.Empty))], LocalizedText.Empty, []);

    private static readonly QuizQuestion SingleChoice = Question("s", QuizQuestion.SingleChoice, ("a", false), ("b", true), ("c", false));
    private static readonly QuizQuestion TrueFalse = Question("t", QuizQuestion.TrueFalse, ("true", true), ("false", false));
    private static readonly QuizQuestion Multiple = Question("m", QuizQuestion.MultipleChoice, ("a", true), ("b", true), ("c", false), ("d", false));

    private static HashSet<string> Chosen(params string[] ids) => [.. ids];

    [Theory]
    [InlineData(new[] { "b" }, 1)]
    [InlineData(new[] { "a" }, 0)]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "a", "b" }, 0)]
    public void SingleChoice_ShouldScoreOnlyTheCorrectChoiceAlone(string[] chosen, double expected) =>
        Assert.Equal(expected, QuizGrader.Score(SingleChoice, Chosen(chosen), partialCredit: true));

    [Theory]
    [InlineData("true", 1)]
    [InlineData("false", 0)]
    public void TrueFalse_ShouldScoreTheCorrectChoice(string chosen, double expected) =>
        Assert.Equal(expected, QuizGrader.Score(TrueFalse, Chosen(chosen), partialCredit: false));

    [Theory]
    [InlineData(new[] { "a", "b" }, false, 1)]
    [InlineData(new[] { "a" }, false, 0)]
    [InlineData(new[] { "a", "b", "c" }, false, 0)]
    [InlineData(new[] { "a" }, true, 0.5)]
    [InlineData(new[] { "a", "c" }, true, 0)]
    [InlineData(new[] { "a", "b", "c" }, true, 0.5)]
    [InlineData(new[] { "c", "d" }, true, 0)]
    [InlineData(new[] { "a", "b" }, true, 1)]
    public void Multiple_ShouldNeedTheExactSet_OrScorePartiallyWhenAllowed(string[] chosen, bool partial, double expected) =>
        Assert.Equal(expected, QuizGrader.Score(Multiple, Chosen(chosen), partial), precision: 6);

    [Fact]
    public void Grade_ShouldRoundDown_AndPassOnTheExactShare()
    {
        var quiz = new QuizVersion { QuizId = "q", PassPercent = 67, Questions = [SingleChoice, TrueFalse, Multiple] };
        var answers = new Dictionary<string, IReadOnlySet<string>> { ["s"] = Chosen("b"), ["t"] = Chosen("true"), ["m"] = Chosen("a") };

        var grade = QuizGrader.Grade(quiz, answers);

        Assert.Equal(66, grade.Percent);
        Assert.False(grade.Passed);
        Assert.Equal([true, true, false], grade.Questions.Select(q => q.Correct));
    }

    [Fact]
    public void Grade_ShouldPass_AtExactlyThePassMark()
    {
        var quiz = new QuizVersion { QuizId = "q", PassPercent = 50, Questions = [SingleChoice, TrueFalse] };

        var grade = QuizGrader.Grade(quiz, new Dictionary<string, IReadOnlySet<string>> { ["s"] = Chosen("b") });

        Assert.Equal(50, grade.Percent);
        Assert.True(grade.Passed);
    }

    [Fact]
    public void Layout_ShouldShuffleQuestionsAndChoices_ButKeepEveryOne()
    {
        var quiz = new QuizVersion { QuizId = "q", Shuffle = true, Questions = [.. Enumerable.Range(1, 12).Select(i => Question($"q{i}", QuizQuestion.SingleChoice, ("a", true), ("b", false), ("c", false), ("d", false)))] };

        var layout = AttemptLayout.For(quiz, new Random(3));
        var again = AttemptLayout.For(quiz, new Random(3));
        quiz.Shuffle = false;
        var authorsOrder = AttemptLayout.For(quiz, new Random(3));

        Assert.Equal(quiz.Questions.Select(q => q.Id).Order(), layout.Select(l => l.QuestionId).Order());
        Assert.NotEqual(quiz.Questions.Select(q => q.Id), layout.Select(l => l.QuestionId));
        Assert.All(layout, l => Assert.Equal(["a", "b", "c", "d"], l.ChoiceIds.Order()));
        Assert.Equal(layout.Select(l => l.QuestionId), again.Select(l => l.QuestionId));
        Assert.Equal(quiz.Questions.Select(q => q.Id), authorsOrder.Select(l => l.QuestionId));
    }
}
