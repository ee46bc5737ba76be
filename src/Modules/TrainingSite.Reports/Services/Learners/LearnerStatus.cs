namespace TrainingSite.Reports.Services.Learners;

/// <summary>
/// Where a learner is in the package, each stage including the ones before it (the dashboard's funnel counts
/// "at least" a stage). Stored nowhere: computed from the facts on every report.
/// </summary>
public enum LearnerStatus
{
    /// <summary>Has opened no lesson and submitted no quiz.</summary>
    NotStarted,

    InProgress,

    /// <summary>Every published course of the national part is complete; the home region's section is not.</summary>
    NationalPartDone,

    /// <summary>The national part and the home region's section are complete, but no valid certificate is held.</summary>
    Complete,

    /// <summary>Holds a certificate that has not been revoked.</summary>
    Certified,
}
