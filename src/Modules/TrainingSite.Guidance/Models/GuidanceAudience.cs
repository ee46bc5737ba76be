namespace TrainingSite.Guidance.Models;

/// <summary>Who may read an article: anyone, or signed-in members of the guidance network and above.</summary>
public static class GuidanceAudience
{
    public const string Public = "public";
    public const string Network = "network";

    public static readonly IReadOnlyList<string> All = [Public, Network];
}
