namespace TrainingSite.Benchmarks;

/// <summary>A question of the benchmark quiz as the load driver needs it: its id, kind and choice ids.</summary>
public sealed record BenchQuestion(string Id, string Kind, IReadOnlyList<string> Choices)
{
    /// <summary>
    /// A valid answer: one choice, or for a multiple-choice question a non-empty subset. Kept in choice order
    /// because the site stores the ids comma-separated in the order posted, and the check compares strings.
    /// </summary>
    public IReadOnlyList<string> RandomAnswer(Random random)
    {
        if (Kind != "multiple")
        {
            return [Choices[random.Next(Choices.Count)]];
        }

        var mask = random.Next(1, 1 << Choices.Count);
        return [.. Choices.Where((_, i) => (mask & (1 << i)) != 0)];
    }

    /// <summary>Whether a stored answer (choice ids, comma-separated) is right: QuizContent marks the first choice, or the first two of a multiple-choice question, correct.</summary>
    public bool IsRight(string choiceIds)
    {
        var correct = Kind == "multiple" ? Choices.Take(2) : Choices.Take(1);
        return choiceIds.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet().SetEquals(correct);
    }
}
