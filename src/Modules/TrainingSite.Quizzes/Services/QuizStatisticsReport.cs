using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>A quiz's statistics over its submitted attempts: how many, how many passed, and each question.</summary>
public sealed record QuizStatisticsReport(QuizVersion Latest, int SubmittedAttempts, int Passed, IReadOnlyList<QuestionStatistics> Questions)
{
    /// <summary>Share of submitted attempts that passed (0–1); null before any attempt.</summary>
    public double? PassRate => SubmittedAttempts == 0 ? null : Passed / (double)SubmittedAttempts;
}
