using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Recipes;

/// <summary>The <c>topics</c> step: upserts topics by id, in the order the recipe lists them.</summary>
public sealed class TopicsRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings) : IRecipeStep
{
    public string Name => "topics";

    public int ExportOrder => 15;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => GuidanceRecipeReader.ReadTopics(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = GuidanceRecipeReader.ReadTopics(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var topics = await db.Set<Topic>().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var order = await db.Set<Topic>().Select(t => (int?)t.SortOrder).MaxAsync(cancellationToken) ?? 0;
        foreach (var (id, name) in items)
        {
            if (!topics.TryGetValue(id, out var topic))
            {
                topic = new Topic { Id = id, SortOrder = ++order };
                db.Add(topic);
            }

            topic.Name = name;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var topics = await db.Set<Topic>().AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Id).ToListAsync(cancellationToken);
        if (topics.Count == 0)
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var topic in topics)
        {
            items.Add(new JsonObject { ["id"] = topic.Id, ["name"] = RecipeJson.Text(topic.Name) });
        }

        return new JsonObject { ["step"] = Name, ["topics"] = items };
    }
}
