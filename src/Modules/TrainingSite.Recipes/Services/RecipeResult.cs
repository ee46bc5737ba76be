using TrainingSite.Abstractions.Recipes;

namespace TrainingSite.Recipes.Services;

/// <summary>What validating or importing a recipe found: its name, and every problem (none when it succeeded).</summary>
public sealed record RecipeResult(string? Name, IReadOnlyList<RecipeProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;
}
