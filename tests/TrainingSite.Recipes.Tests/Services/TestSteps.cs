using System.Text.Json;
using System.Text.Json.Nodes;
using TrainingSite.Abstractions.Recipes;
using TrainingSite.Core.Recipes;
using TrainingSite.Data;
using TrainingSite.Recipes.Models;

namespace TrainingSite.Recipes.Tests.Services;

/// <summary>
/// A step of items <c>{ "id": "a", "ref": "b" }</c>: each id declares a <c>thing</c>, each ref refers to one.
/// Applying writes "name:id" to the shared log (and, with <c>"fail": true</c> on an item, throws after logging).
/// </summary>
internal sealed class ThingStep(string name, int exportOrder, List<string> log, JsonObject? export = null) : IRecipeStep
{
    public const string Kind = "thing";

    public string Name => name;

    public int ExportOrder => exportOrder;

    public void Validate(JsonElement step, string path, RecipeValidationContext context) =>
        new RecipeReader(step, path, context).ReadObjects("items", required: true, item =>
        {
            item.ReadReference("ref", Kind, required: false);
            return item.Id(Kind);
        });

    public Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        foreach (var item in step.GetProperty("items").EnumerateArray())
        {
            log.Add($"{name}:{item.GetProperty("id").GetString()}");
            if (item.TryGetProperty("fail", out var fail) && fail.GetBoolean())
            {
                throw new InvalidOperationException("the step failed while applying");
            }
        }

        return Task.CompletedTask;
    }

    public Task<JsonObject?> ExportAsync(CancellationToken cancellationToken) => Task.FromResult(export?.DeepClone().AsObject());
}

/// <summary>A step that writes a row through the engine's own context, to see whether the recipe's transaction keeps it.</summary>
internal sealed class WritingStep(TrainingDbContext db) : IRecipeStep
{
    public string Name => "writes";

    public int ExportOrder => 0;

    public void Validate(JsonElement step, string path, RecipeValidationContext context)
    {
    }

    public async Task ApplyAsync(JsonElement step, CancellationToken cancellationToken)
    {
        db.Add(new RecipeImport { Name = "written-by-a-step", Sha256 = "-", Source = "-", AppliedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }

    public Task<JsonObject?> ExportAsync(CancellationToken cancellationToken) => Task.FromResult<JsonObject?>(null);
}

/// <summary>The site's existing things, counting the questions asked.</summary>
internal sealed class ExistingThings(params string[] ids) : IRecipeReferenceSource
{
    public List<string> Asked { get; } = [];

    public string Kind => ThingStep.Kind;

    public Task<bool> ExistsAsync(string id, CancellationToken cancellationToken)
    {
        Asked.Add(id);
        return Task.FromResult(ids.Contains(id));
    }
}
