using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Localization;

namespace TrainingSite.Quizzes.Models;

/// <summary>
/// One version of a quiz: its settings and its whole question set. An attempt points at the version it was
/// taken on, so editing and publishing a quiz never changes how earlier attempts were graded.
/// </summary>
public class QuizVersion : ContentVersion
{
    public required string QuizId { get; set; }

    public int PassPercent { get; set; } = 70;

    /// <summary>Null means unlimited attempts.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>Shuffle questions and choices per attempt (the order is stored with the attempt).</summary>
    public bool Shuffle { get; set; }

    /// <summary>One question per page instead of all on one page.</summary>
    public bool OnePerPage { get; set; }

    /// <summary>Partial credit for multiple-choice questions (see <c>QuizGrader</c> for the rule).</summary>
    public bool PartialCredit { get; set; }

    public List<QuizQuestion> Questions { get; set; } = [];

    public override LocalizedText MainText => Title;

    public static QuizVersion CopyOf(string quizId, QuizVersion? source) => new()
    {
        QuizId = quizId,
        Title = source?.Title ?? LocalizedText.Empty,
        PassPercent = source?.PassPercent ?? 70,
        MaxAttempts = source?.MaxAttempts,
        Shuffle = source?.Shuffle ?? false,
        OnePerPage = source?.OnePerPage ?? false,
        PartialCredit = source?.PartialCredit ?? false,
        Questions = source?.Questions.ToList() ?? [],
    };
}
