using TrainingSite.Abstractions.Reporting;

namespace TrainingSite.Reports.Services;

/// <summary>A course's quiz over the counted learners' submitted attempts.</summary>
public sealed record QuizReport(int Attempts, int PassedAttempts, int Learners, int LearnersPassed, IReadOnlyList<ScoreBucket> Distribution, IReadOnlyList<ReportedQuestion> Questions)
{
    /// <summary>Share of submitted attempts that passed (0–1); null before any attempt.</summary>
    public double? PassRate => Attempts == 0 ? null : PassedAttempts / (double)Attempts;
}
