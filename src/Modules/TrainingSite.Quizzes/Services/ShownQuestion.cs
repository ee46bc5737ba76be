using TrainingSite.Abstractions.Localization;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>A question as the attempt shows it: its position, texts in the learner's language, choices in the attempt's order.</summary>
public sealed record ShownQuestion(int Position, QuizQuestion Question, LocalizedTextValue Prompt, IReadOnlyList<(QuizChoice Choice, LocalizedTextValue Text)> Choices, IReadOnlySet<string> Chosen)
{
    public bool Answered => Chosen.Count > 0;

    public static IReadOnlyList<ShownQuestion> All(QuizVersion version, QuizAttempt attempt, string culture)
    {
        var questions = version.Questions.ToDictionary(q => q.Id);
        var answers = attempt.Answers.ToDictionary(a => a.QuestionId, a => a.Chosen);
        return [.. attempt.Layout.Select((item, index) =>
        {
            var question = questions[item.QuestionId];
            var choices = question.Choices.ToDictionary(c => c.Id);
            return new ShownQuestion(
                index + 1,
                question,
                question.Prompt.Resolve(culture),
                [.. item.ChoiceIds.Select(id => (choices[id], choices[id].Text.Resolve(culture)))],
                answers.GetValueOrDefault(question.Id) ?? new HashSet<string>());
        })];
    }
}
