using TrainingSite.Abstractions.Reporting;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// One question over the submitted attempts that were asked it. <see cref="Facility"/> is the mean score (0–1, null
/// without attempts) over all of them; <see cref="Discrimination"/> the correlation of its score with the rest of the
/// quiz over each learner's first attempt only, null below <see cref="QuestionFlagRule.MinimumFirstAttempts"/> such
/// attempts or when it cannot be computed. <see cref="InLatestVersion"/> is false for a question that earlier versions
/// had but the published one no longer has.
/// </summary>
public sealed record QuestionStatistics(
    int Position,
    QuizQuestion Question,
    bool InLatestVersion,
    int Attempts,
    int Learners,
    int FirstAttempts,
    int Answered,
    double? Facility,
    double? Discrimination,
    IReadOnlyList<ChoiceStatistics> Choices,
    IReadOnlyList<QuestionConcern> Concerns)
{
    public bool NeedsAttention => Concerns.Count > 0;

    public bool EnoughForDifficulty => QuestionFlagRule.EnoughForDifficulty(Attempts, Learners);

    public bool EnoughForDiscrimination => QuestionFlagRule.EnoughForDiscrimination(FirstAttempts);
}
