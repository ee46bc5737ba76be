namespace TrainingSite.Recipes.Services;

/// <summary>The <c>Recipes</c> configuration section.</summary>
public sealed class RecipeOptions
{
    public const string Section = "Recipes";

    /// <summary>Apply recipes when the site starts on a database that has never had one applied.</summary>
    public bool ApplyOnFirstRun { get; set; } = true;

    /// <summary>The folder of the recipes, relative to the content root.</summary>
    public string Folder { get; set; } = "../../content-recipes";

    /// <summary>The files to apply on first run, in order; empty means every *.recipe.json in the folder, in name order.</summary>
    public IList<string> Files { get; } = [];
}
