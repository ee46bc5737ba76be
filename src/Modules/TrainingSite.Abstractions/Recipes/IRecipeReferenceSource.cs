namespace TrainingSite.Abstractions.Recipes;

/// <summary>Answers whether an item of a kind (<c>region</c>, <c>topic</c>, ...) already exists on the site.</summary>
public interface IRecipeReferenceSource
{
    string Kind { get; }

    Task<bool> ExistsAsync(string id, CancellationToken cancellationToken);
}
