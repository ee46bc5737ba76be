using System.Text.Json;
using TrainingSite.Quizzes.Models;
using TrainingSite.Quizzes.Services;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Generated quiz attempts with answers, graded by the site's own <see cref="QuizGrader"/>. Whether a learner gets a
/// question right follows a simple item-response model (the learner's ability against the question's difficulty), so
/// the per-question statistics look like real ones; in the first national course's quiz one question is failed by
/// nearly everyone and one is answered right by chance, whatever the ability, so the course report has questions to flag.
/// </summary>
public sealed class ReportsQuizTaker(Random random, string flaggedQuizId)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<int, string> _layouts = [];
    private readonly Dictionary<(string UserId, string QuizId), int> _numbers = [];
    private int _nextId = 1;

    /// <summary>One submitted attempt of <paramref name="quiz"/> started at <paramref name="start"/>; <paramref name="allRight"/> answers every question right.</summary>
    public AttemptRow Take(string userId, ContentQuiz quiz, double ability, DateTimeOffset start, bool allRight = false)
    {
        var id = _nextId++;
        var key = (userId, quiz.Id);
        var number = _numbers[key] = _numbers.GetValueOrDefault(key) + 1;
        var answers = new List<AnswerRow>();
        var chosen = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var questions = quiz.Version.Questions;
        for (var i = 0; i < questions.Count; i++)
        {
            // One answer in a hundred is left empty (the learner submitted without it).
            if (!allRight && random.Next(100) == 0)
            {
                continue;
            }

            var choice = allRight || random.NextDouble() < RightChance(quiz.Id, i, ability) ? questions[i].CorrectChoices : Wrong(questions[i]);
            chosen[questions[i].Id] = choice;
            var ordered = questions[i].Choices.Select(c => c.Id).Where(choice.Contains);
            answers.Add(new AnswerRow(id, questions[i].Id, string.Join(',', ordered), start.AddSeconds(30 + (40 * i))));
        }

        var grade = QuizGrader.Grade(quiz.Version, chosen);
        var submitted = start.AddSeconds(60 + (40 * questions.Count));
        return new AttemptRow(id, quiz.Id, quiz.Version.Id, userId, number, start, submitted, grade.Percent, grade.Passed, Layout(quiz.Version), answers);
    }

    private double RightChance(string quizId, int question, double ability)
    {
        if (quizId == flaggedQuizId && question == 2)
        {
            return 0.08;
        }

        if (quizId == flaggedQuizId && question == 5)
        {
            return 0.6;
        }

        // Difficulty from -1 (easy) to 1 (hard), fixed per question.
        var difficulty = ((((quizId.Length * 31) + (question * 17)) % 21) / 10.0) - 1;
        return 1 / (1 + Math.Exp(-((1.3 * (ability - difficulty)) + 2.6)));
    }

    /// <summary>A wrong answer: another single choice, or the right set with one choice added or left out.</summary>
    private IReadOnlySet<string> Wrong(QuizQuestion question)
    {
        var correct = question.CorrectChoices;
        var choices = question.Choices.Select(c => c.Id).ToList();
        if (question.Kind != QuizQuestion.MultipleChoice)
        {
            var wrong = choices.Where(c => !correct.Contains(c)).ToList();
            return wrong.Count == 0 ? correct : new HashSet<string>([wrong[random.Next(wrong.Count)]], StringComparer.Ordinal);
        }

        var answer = correct.ToHashSet(StringComparer.Ordinal);
        var toggled = choices[random.Next(choices.Count)];
        if (!answer.Remove(toggled))
        {
            answer.Add(toggled);
        }

        return answer;
    }

    /// <summary>The questions and choices in the recipe's order, as the attempt's stored layout.</summary>
    private string Layout(QuizVersion version)
    {
        if (!_layouts.TryGetValue(version.Id, out var layout))
        {
            layout = _layouts[version.Id] = JsonSerializer.Serialize(
                version.Questions.Select(q => new AttemptQuestion(q.Id, [.. q.Choices.Select(c => c.Id)])).ToList(), Json);
        }

        return layout;
    }
}
