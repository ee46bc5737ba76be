using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Services;

/// <summary>The order an attempt shows questions and choices in: the author's, or shuffled when the quiz says so.</summary>
public static class AttemptLayout
{
    public static List<AttemptQuestion> For(QuizVersion version, Random random)
    {
        var questions = version.Questions.ToList();
        if (version.Shuffle)
        {
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(questions));
        }

        return [.. questions.Select(q =>
        {
            var choices = q.Choices.Select(c => c.Id).ToArray();

            // True/false keeps its natural order; shuffling it would only confuse.
            if (version.Shuffle && q.Kind != QuizQuestion.TrueFalse)
            {
                random.Shuffle(choices);
            }

            return new AttemptQuestion(q.Id, choices);
        })];
    }
}
