using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services;

/// <summary>A published course in the list of course reports: how many counted learners started and completed it.</summary>
public sealed record CourseSummary(ReportedCourse Course, int Started, int Completed);
