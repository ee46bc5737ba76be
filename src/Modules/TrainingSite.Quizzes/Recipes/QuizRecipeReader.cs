using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Quizzes.Recipes;

/// <summary>Reads (and so validates) a course's <c>quiz</c> object of the recipe format into a quiz version.</summary>
public static class QuizRecipeReader
{
    /// <summary>The reference kind the guidance module answers for.</summary>
    public const string ArticleKind = "article";

    public const string QuizKind = "quiz";
    public const int MaxTextLength = 4000;

    public static (string Id, QuizVersion Version) Read(JsonElement quiz, string path, RecipeValidationContext context)
    {
        var reader = new RecipeReader(quiz, path, context);
        var id = reader.Id(QuizKind);
        var version = new QuizVersion
        {
            QuizId = id,
            Title = reader.ReadText("title", required: true),
            PassPercent = reader.ReadInteger("passPercent", required: true, min: 0, max: 100) ?? 70,
            MaxAttempts = reader.ReadInteger("maxAttempts", required: false, min: 1, max: 1000),
            Shuffle = reader.ReadBoolean("shuffle", required: false) ?? false,
            OnePerPage = reader.ReadBoolean("onePerPage", required: false) ?? false,
            PartialCredit = reader.ReadBoolean("partialCredit", required: false) ?? false,
            Questions = [.. reader.ReadObjects("questions", required: true, question => ReadQuestion(question, id))],
        };
        return (id, version);
    }

    private static QuizQuestion ReadQuestion(RecipeReader question, string quizId)
    {
        var id = question.Id($"question of {quizId}");
        var kind = question.ReadOneOf("kind", required: true, QuizQuestion.SingleChoice, QuizQuestion.MultipleChoice, QuizQuestion.TrueFalse) ?? QuizQuestion.SingleChoice;
        var prompt = question.ReadText("prompt", required: true, MaxTextLength);
        var choices = question.ReadObjects("choices", required: true, choice => new QuizChoice(
            choice.Id($"choice of {quizId}/{id}"),
            choice.ReadText("text", required: true, MaxTextLength),
            choice.ReadBoolean("correct", required: true) ?? false,
            choice.ReadText("feedback", required: false, MaxTextLength)));
        var explanation = question.ReadText("explanation", required: false, MaxTextLength);

        // Guidance articles are referred to by id: the engine checks each exists on the site or in the same recipe.
        var articles = question.ReadStrings("articles", required: false);
        foreach (var article in articles)
        {
            if (RecipeReader.IsValidId(article))
            {
                question.Context.Reference(ArticleKind, article, $"{question.Path}.articles");
            }
            else
            {
                question.Context.Error($"{question.Path}.articles", RecipeMessages.InvalidId, article);
            }
        }

        CheckChoices(question, kind, choices);
        return new QuizQuestion(id, kind, prompt, choices, explanation, articles);
    }

    private static void CheckChoices(RecipeReader question, string kind, IReadOnlyList<QuizChoice> choices)
    {
        if (QuizQuestionRules.ChoiceProblem(kind, choices.Count, choices.Count(c => c.Correct)) is { } problem)
        {
            question.Context.Error($"{question.Path}.choices", problem);
        }
    }
}
