using System.Text.Json.Nodes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The guidance content the site ships (content-recipes/guidance.recipe.json, copied beside this program): the
/// articles the judged queries are about, and the text the article generator learns its words from.
/// </summary>
public static class ShippedGuidance
{
    public static string RecipePath => Path.Combine(AppContext.BaseDirectory, "content-recipes", "guidance.recipe.json");

    public static string QueriesPath => Path.Combine(AppContext.BaseDirectory, "search-quality", "guidance-queries.json");

    public static IReadOnlyList<ShippedArticle> Articles()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RecipePath))!;
        return recipe["steps"]!.AsArray()
            .Where(step => (string?)step!["step"] == "guidance")
            .SelectMany(step => step!["articles"]!.AsArray())
            .Select(a => new ShippedArticle(
                (string)a!["id"]!,
                (string?)a["region"],
                (string)a["topic"]!,
                (string?)a["audience"] ?? "public",
                [.. a["tags"]?.AsArray().Select(t => (string)t!) ?? []],
                Texts(a["title"]!),
                Texts(a["body"]!)))
            .ToList();
    }

    /// <summary>The shipped recipe without its articles: the topics the generated articles belong to.</summary>
    public static JsonObject TopicsRecipe()
    {
        var recipe = JsonNode.Parse(File.ReadAllText(RecipePath))!.AsObject();
        var topics = recipe["steps"]!.AsArray().First(step => (string?)step!["step"] == "topics")!.DeepClone();
        return new JsonObject { ["name"] = "bench-topics", ["steps"] = new JsonArray(topics) };
    }

    private static Dictionary<string, string> Texts(JsonNode node) =>
        node.AsObject().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => (string)p.Value!, StringComparer.Ordinal);
}
