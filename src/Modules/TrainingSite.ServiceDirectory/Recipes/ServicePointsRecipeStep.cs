using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>
/// The <c>servicepoints</c> step (<c>"servicePoints": [...]</c>): upserts points by id. Changed facts become a new
/// version (published unless the optional <c>status</c> says draft), as for every versioned content; unchanged facts
/// write nothing, so importing a recipe again changes nothing.
/// </summary>
public sealed class ServicePointsRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings, TimeProvider clock) : IRecipeStep
{
    public string Name => "servicepoints";

    /// <summary>After regions (0) and topics (15), before guidance (20), whose articles are to link points by id.</summary>
    public int ExportOrder => 17;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => ServicePointRecipeReader.ReadPoints(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = ServicePointRecipeReader.ReadPoints(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var points = await db.Set<ServicePoint>().Include(p => p.Versions).Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var item in items)
        {
            if (!points.TryGetValue(item.Id, out var point))
            {
                point = new ServicePoint { Id = item.Id, CreatedAt = now };
                db.Add(point);
                points[item.Id] = point;
            }

            // The region counts as part of the text here: a point moved to another region gets a new version, so its
            // history shows the move and every node's directory snapshot, which a new published version renews, files it anew.
            var regionBefore = point.RegionId;
            point.RegionId = item.RegionId;
            RecipeVersioning.ApplyText(
                point.Versions, source => ServicePointVersion.CopyOf(point.Id, source), item.Published, now,
                version => (ServicePointFacts.Of(version), regionBefore), item.Facts.CopyFactsTo, (ServicePointFacts.Of(item.Facts), item.RegionId));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var points = await db.Set<ServicePoint>().AsNoTracking().Include(p => p.Versions).ToListAsync(cancellationToken);
        var items = new JsonArray();
        foreach (var point in points.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var published = VersionWorkflow.Published(point.Versions);
            if ((published ?? VersionWorkflow.Draft(point.Versions)) is { } version)
            {
                items.Add(ServicePointExport.Write(point, version, isPublished: published is not null));
            }
        }

        return items.Count == 0 ? null : new JsonObject { ["step"] = Name, ["servicePoints"] = items };
    }
}
