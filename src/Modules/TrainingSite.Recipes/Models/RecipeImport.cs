namespace TrainingSite.Recipes.Models;

/// <summary>A record of one applied recipe: which, when, from where. The first run applies recipes only while there is none.</summary>
public class RecipeImport
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>SHA-256 of the file as applied, hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>first-run, command-line or the e-mail of the administrator who uploaded it.</summary>
    public required string Source { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
