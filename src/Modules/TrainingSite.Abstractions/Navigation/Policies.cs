namespace TrainingSite.Abstractions.Navigation;

/// <summary>Policies the host registers for every module to use.</summary>
public static class Policies
{
    /// <summary>Any signed-in user.</summary>
    public const string Authenticated = "Authenticated";
}
