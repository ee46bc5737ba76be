using System.Text.Json;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Recipes;

/// <summary>Reads (and so validates) the items of the <c>topics</c> and <c>guidance</c> steps.</summary>
public static class GuidanceRecipeReader
{
    public const string ArticleKind = "article";
    public const string TopicKind = "topic";
    public const string RegionKind = "region";
    public const int MaxBodyLength = 100_000;
    public const int MaxTags = 30;

    public static IReadOnlyList<(string Id, LocalizedText Name)> ReadTopics(JsonElement step, string path, RecipeValidationContext context) =>
        new RecipeReader(step, path, context).ReadObjects("topics", required: true, topic => (topic.Id(TopicKind), topic.ReadText("name", required: true)));

    public static IReadOnlyList<GuidanceRecipeItem> ReadArticles(JsonElement step, string path, RecipeValidationContext context) =>
        new RecipeReader(step, path, context).ReadObjects("articles", required: true, article =>
        {
            var tags = article.ReadStrings("tags", required: false);
            if (tags.Count > MaxTags)
            {
                article.Context.Error($"{article.Path}.tags", RecipeMessages.OutOfRange, tags.Count, 0, MaxTags);
            }

            return new GuidanceRecipeItem(
                article.Id(ArticleKind),
                article.ReadReference("region", RegionKind, required: false),
                article.ReadReference("topic", TopicKind, required: true) ?? string.Empty,
                article.ReadOneOf("audience", required: false, [.. GuidanceAudience.All]) ?? GuidanceAudience.Public,
                tags,
                (article.ReadOneOf("status", required: false, "published", "draft") ?? "published") == "published",
                article.ReadText("title", required: true, maxLength: 400),
                article.ReadMarkdown("body", required: true, maxLength: MaxBodyLength),
                article.ReadDate("reviewed", required: false));
        });
}
