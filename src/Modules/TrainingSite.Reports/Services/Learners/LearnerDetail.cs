using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services.Learners;

/// <summary>One learner in full: the report's row, every lesson opened, every submitted attempt, every certificate.</summary>
public sealed record LearnerDetail(
    LearnerRow Row,
    IReadOnlyList<ReportedCourse> Courses,
    IReadOnlyDictionary<string, LessonProgressFact> Lessons,
    IReadOnlyList<QuizAttemptFact> Attempts,
    IReadOnlyList<CertificateFact> Certificates);
