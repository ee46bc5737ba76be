using System.Text.Json.Nodes;

namespace TrainingSite.Benchmarks;

/// <summary>The quiz scenario's content: one published national course of one lesson with a 10-question quiz.</summary>
public static class QuizContent
{
    public const string CourseId = "bench-quiz";

    /// <summary>Four single-choice, three multiple-choice and three true/false questions, interleaved.</summary>
    public static readonly IReadOnlyList<BenchQuestion> Questions =
    [
        new("q01", "single", ["a", "b", "c"]),
        new("q02", "multiple", ["a", "b", "c", "d"]),
        new("q03", "truefalse", ["true", "false"]),
        new("q04", "single", ["a", "b", "c", "d"]),
        new("q05", "multiple", ["a", "b", "c"]),
        new("q06", "truefalse", ["true", "false"]),
        new("q07", "single", ["a", "b", "c"]),
        new("q08", "multiple", ["a", "b", "c", "d"]),
        new("q09", "truefalse", ["true", "false"]),
        new("q10", "single", ["a", "b"]),
    ];

    public static JsonObject Recipe()
    {
        var text = new TextGenerator(11);
        var course = new JsonObject
        {
            ["id"] = CourseId,
            ["region"] = null,
            ["order"] = 1,
            ["status"] = "published",
            ["title"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 3).TrimEnd('.')),
            ["summary"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 20)),
            ["lessons"] = new JsonArray(new JsonObject
            {
                ["id"] = $"{CourseId}-lesson",
                ["title"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 4).TrimEnd('.')),
                ["body"] = BenchmarkSeed.Localized(culture => text.Markdown(culture, 300)),
                ["minutes"] = 5,
            }),
            ["quiz"] = new JsonObject
            {
                ["id"] = $"{CourseId}-quiz",
                ["title"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 3).TrimEnd('.')),
                ["passPercent"] = 60,
                ["shuffle"] = false,
                ["onePerPage"] = false,
                ["questions"] = new JsonArray([.. Questions.Select(q => Question(q, text))]),
            },
        };
        return BenchmarkSeed.CoursesRecipe(new JsonArray(course));
    }

    /// <summary>Correct: the first choice (single, true/false) or the first two (multiple), as the recipe rules require.</summary>
    private static JsonObject Question(BenchQuestion question, TextGenerator text) => new()
    {
        ["id"] = question.Id,
        ["kind"] = question.Kind,
        ["prompt"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 10).TrimEnd('.') + "?"),
        ["choices"] = new JsonArray([.. question.Choices.Select((choice, i) => new JsonObject
        {
            ["id"] = choice,
            ["text"] = BenchmarkSeed.Localized(culture => text.Sentence(culture, 5)),
            ["correct"] = question.Kind == "multiple" ? i < 2 : i == 0,
        })]),
    };
}
