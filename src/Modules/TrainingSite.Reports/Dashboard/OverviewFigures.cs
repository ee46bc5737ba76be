namespace TrainingSite.Reports.Dashboard;

/// <summary>
/// The few numbers the administration home shows, over the learners the user may see in reports: every learner, those
/// whose valid certificate (the package completed) was issued this calendar month in Finland, and those holding one.
/// </summary>
public sealed record OverviewFigures(int Learners, int CompletedThisMonth, int ValidCertificates);
