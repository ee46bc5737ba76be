using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>One point of a <c>servicepoints</c> step: its identity and region, whether it is published, and its facts.</summary>
public sealed record ServicePointRecipeItem(string Id, string? RegionId, bool Published, ServicePointVersion Facts);
