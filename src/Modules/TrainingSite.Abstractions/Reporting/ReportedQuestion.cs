using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Abstractions.Reporting;

/// <summary>
/// One quiz question over the submitted attempts of the learners a report counts. <see cref="Facility"/> is the mean
/// score (0–1, null without attempts); <see cref="Discrimination"/> is null unless there are enough first attempts and
/// the scores vary (see <see cref="QuestionFlagRule"/>).
/// </summary>
public sealed record ReportedQuestion(
    int Position,
    string QuestionId,
    LocalizedText Prompt,
    bool InLatestVersion,
    int Attempts,
    int Learners,
    int FirstAttempts,
    double? Facility,
    double? Discrimination,
    IReadOnlyList<QuestionConcern> Flags)
{
    public bool EnoughForDifficulty => QuestionFlagRule.EnoughForDifficulty(Attempts, Learners);

    public bool EnoughForDiscrimination => QuestionFlagRule.EnoughForDiscrimination(FirstAttempts);
}
