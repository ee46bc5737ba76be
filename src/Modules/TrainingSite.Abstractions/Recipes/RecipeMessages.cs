namespace TrainingSite.Abstractions.Recipes;

/// <summary>Keys of recipe problem messages in the shared strings (fi, sv, en).</summary>
public static class RecipeMessages
{
    public const string Required = "Recipe.Required";
    public const string ExpectedString = "Recipe.ExpectedString";
    public const string ExpectedObject = "Recipe.ExpectedObject";
    public const string ExpectedArray = "Recipe.ExpectedArray";
    public const string ExpectedInteger = "Recipe.ExpectedInteger";
    public const string ExpectedBoolean = "Recipe.ExpectedBoolean";
    public const string ExpectedDate = "Recipe.ExpectedDate";
    public const string InvalidId = "Recipe.InvalidId";
    public const string DuplicateId = "Recipe.DuplicateId";
    public const string UnknownReference = "Recipe.UnknownReference";
    public const string UnknownStep = "Recipe.UnknownStep";
    public const string UnknownCulture = "Recipe.UnknownCulture";
    public const string NoCulture = "Recipe.NoCulture";
    public const string OutOfRange = "Recipe.OutOfRange";
    public const string OneOf = "Recipe.OneOf";
    /// <summary>Not JSON; the arguments are the line and the character in it where the parser stopped (both from 1).</summary>
    public const string InvalidJson = "Recipe.InvalidJson";
    public const string EmptyFile = "Recipe.EmptyFile";
    public const string TooLong = "Recipe.TooLong";
}
