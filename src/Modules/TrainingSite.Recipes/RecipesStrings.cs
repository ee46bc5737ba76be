namespace TrainingSite.Recipes;

/// <summary>Marker for the Recipes module's strings (Resources/RecipesStrings.{fi,sv,en}.resx).</summary>
public sealed class RecipesStrings
{
    private RecipesStrings()
    {
    }
}
