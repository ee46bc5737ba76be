using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services;

/// <summary>
/// One published lesson in a course report: how many counted learners opened it, read it, and stopped at it (their
/// furthest read lesson of the course is this one, so the next lessons are unread).
/// </summary>
public sealed record LessonReportRow(int Position, ReportedLesson Lesson, int Opened, int Read, int StoppedHere);
