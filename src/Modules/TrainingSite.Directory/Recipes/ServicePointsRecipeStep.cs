using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Data;
using TrainingSite.Directory.Models;

namespace TrainingSite.Directory.Recipes;

/// <summary>
/// The <c>servicepoints</c> step (<c>"servicePoints": [...]</c>): upserts points by id, the recipe's facts replacing
/// the site's; a point whose facts are unchanged is not written, so importing a recipe again changes nothing.
/// </summary>
public sealed class ServicePointsRecipeStep(TrainingDbContext db, IStringLocalizer<SharedStrings> strings, TimeProvider clock) : IRecipeStep
{
    public string Name => "servicepoints";

    /// <summary>After regions (0) and topics (15), before guidance (20), whose articles link points by id.</summary>
    public int ExportOrder => 17;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) => ServicePointRecipeReader.ReadPoints(step, path, context);

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        var items = ServicePointRecipeReader.ReadPoints(step, "$", new RecipeValidationContext(strings));
        var ids = items.Select(i => i.Id).ToList();
        var points = await db.Set<ServicePoint>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var item in items)
        {
            if (!points.TryGetValue(item.Id, out var point))
            {
                point = new ServicePoint { Id = item.Id };
                db.Add(point);
                points[item.Id] = point;
            }

            Copy(item, point);
            db.Entry(point).DetectChanges();
            if (db.Entry(point).State is EntityState.Added or EntityState.Modified)
            {
                point.UpdatedAt = clock.GetUtcNow();
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<JsonObject?> ExportAsync(CancellationToken cancellationToken)
    {
        var points = await db.Set<ServicePoint>().AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        return points.Count == 0
            ? null
            : new JsonObject { ["step"] = Name, ["servicePoints"] = new JsonArray([.. points.Select(p => (JsonNode?)ServicePointExport.Write(p))]) };
    }

    private static void Copy(ServicePoint from, ServicePoint to)
    {
        to.RegionId = from.RegionId;
        to.Status = from.Status;
        to.Name = from.Name;
        to.Organisation = from.Organisation;
        to.Kind = from.Kind;
        to.Street = from.Street;
        to.PostalCode = from.PostalCode;
        to.City = from.City;
        to.Latitude = from.Latitude;
        to.Longitude = from.Longitude;
        to.Phone = from.Phone;
        to.Web = from.Web;
        to.Languages = from.Languages;
        to.PhoneInterpreting = from.PhoneInterpreting;
        to.RemoteInterpreting = from.RemoteInterpreting;
        to.Topics = from.Topics;
        to.Appointment = from.Appointment;
        to.Accessibility = from.Accessibility;
        to.Notes = from.Notes;
        to.Schedule = from.Schedule;
        to.Exceptions = from.Exceptions;
        to.CheckedOn = from.CheckedOn;
    }
}
