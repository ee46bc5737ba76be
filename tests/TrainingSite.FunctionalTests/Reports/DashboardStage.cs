namespace TrainingSite.FunctionalTests.Reports;

/// <summary>How far a generated learner got; the seeder writes the progress, attempts and certificates that mean it.</summary>
public enum DashboardStage
{
    NotStarted,

    /// <summary>Opened the national lesson without reading it and failed the quiz (a no-region learner: the quiz only).</summary>
    Opened,

    /// <summary>National lesson read and its quiz passed; a regional learner has opened their region's lesson.</summary>
    NationalDone,

    /// <summary>National and home region's lessons read, quiz passed.</summary>
    PackageDone,
}
