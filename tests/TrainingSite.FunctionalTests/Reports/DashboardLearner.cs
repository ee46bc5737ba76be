namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// One generated learner of <see cref="DashboardDataSet"/>: where they live, when they registered and how far they
/// got. Every moment is whole days before the data set's <c>Now</c>, far from any period's edge.
/// </summary>
public sealed record DashboardLearner(string Email, string? Region, int RegisteredDaysAgo, DashboardStage Stage, int? ActivityDaysAgo, int? IssuedDaysAgo, int? RevokedDaysAgo)
{
    public bool Started => Stage != DashboardStage.NotStarted;

    /// <summary>The national course complete: its lesson read and its quiz passed.</summary>
    public bool NationalDone => Stage >= DashboardStage.NationalDone;

    /// <summary>The whole package complete (a learner without a home region has no regional section to do).</summary>
    public bool PackageDone => Stage >= DashboardStage.PackageDone;

    public bool Certified => IssuedDaysAgo is not null && RevokedDaysAgo is null;
}
