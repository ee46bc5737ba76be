using System.Text.Json.Nodes;
using TrainingSite.Core.Recipes;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Recipes;

/// <summary>A quiz version as the recipe format's <c>quiz</c> object.</summary>
public static class QuizExport
{
    public static JsonObject ToJson(string quizId, QuizVersion version)
    {
        var questions = new JsonArray();
        foreach (var question in version.Questions)
        {
            var choices = new JsonArray();
            foreach (var choice in question.Choices)
            {
                var json = new JsonObject { ["id"] = choice.Id, ["text"] = RecipeJson.Text(choice.Text), ["correct"] = choice.Correct };
                if (choice.Feedback.Count > 0)
                {
                    json["feedback"] = RecipeJson.Text(choice.Feedback);
                }

                choices.Add(json);
            }

            var item = new JsonObject { ["id"] = question.Id, ["kind"] = question.Kind, ["prompt"] = RecipeJson.Text(question.Prompt), ["choices"] = choices };
            if (question.Explanation.Count > 0)
            {
                item["explanation"] = RecipeJson.Text(question.Explanation);
            }

            if (question.Articles.Count > 0)
            {
                item["articles"] = RecipeJson.Array(question.Articles);
            }

            questions.Add(item);
        }

        var quiz = new JsonObject
        {
            ["id"] = quizId,
            ["title"] = RecipeJson.Text(version.Title),
            ["passPercent"] = version.PassPercent,
            ["maxAttempts"] = version.MaxAttempts,
            ["shuffle"] = version.Shuffle,
        };
        if (version.OnePerPage)
        {
            quiz["onePerPage"] = true;
        }

        if (version.PartialCredit)
        {
            quiz["partialCredit"] = true;
        }

        quiz["questions"] = questions;
        return quiz;
    }
}
