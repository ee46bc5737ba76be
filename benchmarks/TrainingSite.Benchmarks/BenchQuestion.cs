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
}
