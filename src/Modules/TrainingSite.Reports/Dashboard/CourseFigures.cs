using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Dashboard;

/// <summary>How many learners of the period's cohort started and completed one published course.</summary>
public sealed record CourseFigures(ReportedCourse Course, int Started, int Completed);
