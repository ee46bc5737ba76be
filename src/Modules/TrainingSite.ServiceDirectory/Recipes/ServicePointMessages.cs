namespace TrainingSite.ServiceDirectory.Recipes;

/// <summary>Keys of the <c>servicepoints</c> step's problem messages, in the shared strings beside <c>RecipeMessages</c> (fi, sv, en).</summary>
public static class ServicePointMessages
{
    /// <summary>Argument: the text given.</summary>
    public const string InvalidTime = "Recipe.InvalidTime";

    /// <summary>Argument: the time given as both opening and closing time.</summary>
    public const string EmptyHours = "Recipe.EmptyHours";

    /// <summary>Arguments: the path of the other range, the day (<c>mon</c>) or date.</summary>
    public const string OverlappingHours = "Recipe.OverlappingHours";

    /// <summary>An exception needs <c>"closed": true</c> or both <c>opens</c> and <c>closes</c>, not both nor neither.</summary>
    public const string HoursOrClosed = "Recipe.HoursOrClosed";

    /// <summary>Argument: the number given.</summary>
    public const string InvalidPhone = "Recipe.InvalidPhone";

    /// <summary>Argument: the address given.</summary>
    public const string InvalidUrl = "Recipe.InvalidUrl";

    /// <summary>Argument: the code given.</summary>
    public const string UnknownLanguage = "Recipe.UnknownLanguage";

    /// <summary>Argument: the code given.</summary>
    public const string InvalidPostalCode = "Recipe.InvalidPostalCode";

    public const string ExpectedNumber = "Recipe.ExpectedNumber";
}
