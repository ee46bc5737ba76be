using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Quizzes.Models;

/// <summary>A question as stored in a quiz version (JSON); immutable once that version is published.</summary>
public sealed record QuizQuestion(
    string Id,
    string Kind,
    LocalizedText Prompt,
    IReadOnlyList<QuizChoice> Choices,
    LocalizedText Explanation,
    IReadOnlyList<string> Articles)
{
    public const string SingleChoice = "single";
    public const string MultipleChoice = "multiple";
    public const string TrueFalse = "truefalse";

    public IReadOnlySet<string> CorrectChoices => Choices.Where(c => c.Correct).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
}
