using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// One question over the submitted attempts that were asked it. <see cref="Facility"/> is the mean score
/// (0–1, null without attempts); <see cref="Discrimination"/> the correlation of its score with the rest of
/// the quiz (null when it cannot be computed). <see cref="InLatestVersion"/> is false for a question that
/// earlier versions had but the published one no longer has.
/// </summary>
public sealed record QuestionStatistics(
    int Position,
    QuizQuestion Question,
    bool InLatestVersion,
    int Attempts,
    int Answered,
    double? Facility,
    double? Discrimination,
    IReadOnlyList<ChoiceStatistics> Choices,
    IReadOnlyList<QuestionConcern> Concerns)
{
    public bool NeedsAttention => Concerns.Count > 0;
}
