using System.Globalization;
using System.Text;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>A quiz version as plain lines in one language, so two versions can be compared line by line.</summary>
public static class QuizText
{
    public static string Render(QuizVersion version, string culture)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"# {version.Title.GetValueOrDefault(culture)}");
        text.AppendLine(CultureInfo.InvariantCulture, $"pass {version.PassPercent} % · attempts {version.MaxAttempts?.ToString(CultureInfo.InvariantCulture) ?? "∞"} · shuffle {version.Shuffle} · one per page {version.OnePerPage} · partial credit {version.PartialCredit}");
        var number = 0;
        foreach (var question in version.Questions)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{++number}. [{question.Kind}] {question.Prompt.GetValueOrDefault(culture)}");
            foreach (var choice in question.Choices)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"   {(choice.Correct ? "(✓)" : "( )")} {choice.Text.GetValueOrDefault(culture)} — {choice.Feedback.GetValueOrDefault(culture)}");
            }

            text.AppendLine(CultureInfo.InvariantCulture, $"   = {question.Explanation.GetValueOrDefault(culture)} [{string.Join(' ', question.Articles)}]");
        }

        return text.ToString().TrimEnd();
    }
}
