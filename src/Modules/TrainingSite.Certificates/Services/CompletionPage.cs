namespace TrainingSite.Certificates.Services;

/// <summary>Where a learner who has completed the package is led: the dashboard, the quiz result and the mail link here.</summary>
public static class CompletionPage
{
    public const string Path = "/certificates/complete";
}
