using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>
/// Grades an attempt. Single-choice and true/false: right when exactly the correct choice is chosen.
/// Multiple choice: right when exactly the correct set is chosen; with partial credit allowed, a question
/// scores (right choices chosen − wrong choices chosen) / correct choices, never below zero. The score is
/// the share of the questions' points, rounded down to a whole percent; passing compares the exact share.
/// </summary>
public static class QuizGrader
{
    public static QuizGrade Grade(QuizVersion quiz, IReadOnlyDictionary<string, IReadOnlySet<string>> answers)
    {
        var results = quiz.Questions
            .Select(q => new QuestionGrade(q.Id, Score(q, answers.GetValueOrDefault(q.Id) ?? new HashSet<string>(), quiz.PartialCredit)))
            .ToList();
        var points = results.Sum(r => r.Points);
        var count = Math.Max(1, results.Count);
        var percent = (int)Math.Floor(points * 100 / count + 1e-9);
        var passed = points * 100 + 1e-9 >= quiz.PassPercent * (double)count;
        return new QuizGrade(percent, passed, results);
    }

    public static double Score(QuizQuestion question, IReadOnlySet<string> chosen, bool partialCredit)
    {
        var correct = question.CorrectChoices;
        if (chosen.SetEquals(correct))
        {
            return 1;
        }

        if (question.Kind != QuizQuestion.MultipleChoice || !partialCredit || correct.Count == 0)
        {
            return 0;
        }

        var right = chosen.Count(correct.Contains);
        var wrong = chosen.Count - right;
        return Math.Max(0, (right - wrong) / (double)correct.Count);
    }
}
