using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Data.Regions;
using TrainingSite.Regions.Services;

namespace TrainingSite.Regions.Recipes;

/// <summary><c>{ "step": "regions", "regions": [ { "id": "espoo", "name": { "fi": "Espoo", "sv": "Esbo" } } ] }</c></summary>
public sealed class RegionsRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings) : IRecipeStep
{
    public string Name => "regions";

    public int ExportOrder => 0;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => Read(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = Read(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var existing = await db.Regions.Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
        foreach (var (id, name) in items)
        {
            if (existing.TryGetValue(id, out var region))
            {
                region.Name = name;
            }
            else
            {
                db.Regions.Add(new Region { Id = id, Name = name });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Id).ToListAsync(cancellationToken);
        if (regions.Count == 0)
        {
            return null;
        }

        var items = new JsonArray();
        foreach (var region in regions)
        {
            items.Add(new JsonObject
            {
                ["id"] = region.Id,
                ["name"] = RecipeJson.Text(region.Name),
            });
        }

        return new JsonObject { ["step"] = Name, ["regions"] = items };
    }

    private static List<(string Id, Abstractions.Localization.LocalizedText Name)> Read(JsonElement step, string path, RecipeValidationContext context) =>
        [.. new RecipeReader(step, path, context).ReadObjects("regions", required: true, item => (item.Id(RegionReferenceSource.RegionKind), item.ReadText("name", required: true)))];
}
