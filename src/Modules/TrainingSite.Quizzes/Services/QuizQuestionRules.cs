using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>The rules a question's choices follow, shared by the recipe reader and the question editor.</summary>
public static class QuizQuestionRules
{
    /// <summary>The key of the problem (in the shared strings), or null when the choices fit the kind.</summary>
    public static string? ChoiceProblem(string kind, int choices, int correct) => kind switch
    {
        QuizQuestion.TrueFalse when choices != 2 || correct != 1 => "Recipe.TrueFalseChoices",
        QuizQuestion.SingleChoice when choices < 2 || correct != 1 => "Recipe.SingleChoices",
        QuizQuestion.MultipleChoice when choices < 2 || correct < 1 => "Recipe.MultipleChoices",
        _ => null,
    };
}
