namespace TrainingSite.Abstractions.Modules;

public static class StartupTaskOrder
{
    /// <summary>Checks of configuration that only warn or stop the site with a clear message.</summary>
    public const int Checks = -100;

    public const int Migrate = 0;
    public const int Seed = 100;
    public const int FirstRunRecipes = 200;
}
