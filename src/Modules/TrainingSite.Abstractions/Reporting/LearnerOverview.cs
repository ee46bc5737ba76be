namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// The few learner numbers the administration home shows, over the learners the user may see in reports: every learner,
/// those whose valid certificate (the package completed) was issued this calendar month in Finland, and those holding one.
/// </summary>
public sealed record LearnerOverview(int Learners, int CompletedThisMonth, int ValidCertificates);
