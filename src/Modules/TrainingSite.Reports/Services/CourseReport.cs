using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services;

/// <summary>
/// One course for the learners in the reader's scope: who started and completed it, each lesson with its drop-off,
/// and the quiz (null when the course has none). <see cref="StoppedBeforeReading"/> opened a lesson but read none.
/// </summary>
public sealed record CourseReport(ReportedCourse Course, int Started, int Completed, int StoppedBeforeReading, IReadOnlyList<LessonReportRow> Lessons, QuizReport? Quiz);
