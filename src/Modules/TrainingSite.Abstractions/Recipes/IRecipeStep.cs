using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrainingSite.Abstractions.Recipes;

/// <summary>
/// A recipe step owned by the module whose content it carries (<c>regions</c>, <c>courses</c>, ...).
/// The engine validates every step of a recipe before any step is applied, then applies them all in one
/// transaction; applying is an upsert by id, so importing the same recipe twice changes nothing.
/// </summary>
public interface IRecipeStep
{
    /// <summary>The step's name in a recipe (<c>"step": "regions"</c>).</summary>
    string Name { get; }

    /// <summary>Position in an export: steps whose items others refer to come first.</summary>
    int ExportOrder { get; }

    /// <summary>Reports every problem with its JSON path, declares the ids the step defines and the ids it refers to.</summary>
    void Validate(JsonElement step, string path, RecipeValidationContext context);

    /// <summary>Upserts the step's items. Called only for a recipe that validated without errors.</summary>
    Task ApplyAsync(JsonElement step, CancellationToken cancellationToken);

    /// <summary>The site's content of this step as a step object, or null when there is nothing to export.</summary>
    Task<JsonObject?> ExportAsync(CancellationToken cancellationToken);
}
