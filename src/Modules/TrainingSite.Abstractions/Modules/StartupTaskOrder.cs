namespace TrainingSite.Abstractions.Modules;

public static class StartupTaskOrder
{
    public const int Migrate = 0;
    public const int Seed = 100;
    public const int FirstRunRecipes = 200;
}
