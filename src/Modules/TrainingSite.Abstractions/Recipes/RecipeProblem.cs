namespace TrainingSite.Abstractions.Recipes;

/// <summary>One problem in a recipe: where (<c>$.steps[2].articles[14].topic</c>) and what.</summary>
public sealed record RecipeProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
