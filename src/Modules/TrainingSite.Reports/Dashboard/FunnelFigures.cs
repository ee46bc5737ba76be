namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// The period's cohort on its way through the package: registered, started (opened a lesson or submitted a quiz),
/// national part done, regional section done (their home region's courses; learners without one have none), certified.
/// </summary>
public sealed record FunnelFigures(int Registered, int Started, int NationalDone, int RegionalDone, int Certified);
