using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;
using TrainingSite.Guidance.Search;

namespace TrainingSite.Guidance.Recipes;

/// <summary>
/// The <c>guidance</c> step: upserts articles by id. Changed text becomes a new version (published unless the
/// optional <c>status</c> says draft); an indexing task for each changed article is written in the same transaction.
/// </summary>
public sealed class GuidanceRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings, IndexingTaskWriter indexing) : IRecipeStep
{
    public string Name => "guidance";

    /// <summary>Before courses: quiz questions link to articles.</summary>
    public int ExportOrder => 20;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => GuidanceRecipeReader.ReadArticles(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = GuidanceRecipeReader.ReadArticles(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var articles = await db.Set<GuidanceArticle>().Include(a => a.Versions).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var changed = new List<string>();
        foreach (var item in items)
        {
            if (!articles.TryGetValue(item.Id, out var article))
            {
                article = new GuidanceArticle { Id = item.Id, CreatedAt = now };
                db.Add(article);
                articles[item.Id] = article;
            }

            var moved = article.RegionId != item.Region;
            article.RegionId = item.Region;
            var rewritten = RecipeVersioning.ApplyText(
                article.Versions, source => GuidanceArticleVersion.CopyOf(article.Id, source), item.Published, now,
                v => (v.Title, v.Body, v.TopicId, v.Audience, v.Tags, v.ReviewedOn),
                v => { v.Title = item.Title; v.Body = item.Body; v.TopicId = item.Topic; v.Audience = item.Audience; v.Tags = [.. item.Tags]; v.ReviewedOn = item.Reviewed; },
                (item.Title, item.Body, item.Topic, item.Audience, item.Tags.ToList(), item.Reviewed));
            if (moved || rewritten)
            {
                changed.Add(article.Id);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await indexing.WriteAsync(changed, cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var articles = await db.Set<GuidanceArticle>().AsNoTracking().Include(a => a.Versions).ToListAsync(cancellationToken);
        var items = new JsonArray();
        foreach (var article in articles.OrderBy(a => a.RegionId ?? string.Empty, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            var published = VersionWorkflow.Published(article.Versions);
            var version = published ?? VersionWorkflow.Draft(article.Versions);
            if (version is null)
            {
                continue;
            }

            var item = new JsonObject
            {
                ["id"] = article.Id,
                ["region"] = article.RegionId,
                ["topic"] = version.TopicId,
                ["audience"] = version.Audience,
                ["tags"] = RecipeJson.Array(version.Tags),
            };
            if (published is null)
            {
                item["status"] = "draft";
            }

            item["title"] = RecipeJson.Text(version.Title);
            item["body"] = RecipeJson.Text(version.Body);
            if (version.ReviewedOn is { } reviewed)
            {
                item["reviewed"] = RecipeJson.Date(reviewed);
            }

            items.Add(item);
        }

        return items.Count == 0 ? null : new JsonObject { ["step"] = Name, ["articles"] = items };
    }
}
