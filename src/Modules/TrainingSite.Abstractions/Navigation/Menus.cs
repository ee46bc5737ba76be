namespace TrainingSite.Abstractions.Navigation;

public static class Menus
{
    /// <summary>The header's main navigation.</summary>
    public const string Main = "main";

    /// <summary>The administration area's navigation.</summary>
    public const string Admin = "admin";
}
