namespace TrainingSite.Benchmarks;

/// <summary>The exam's figures: latency percentiles of each step's requests, requests/s, errors, outages and who finished.</summary>
public sealed record ExamResult(IReadOnlyList<ExamLearner> Learners, TimeSpan Elapsed)
{
    public int Requests => Learners.Sum(l => l.Tally.Latencies.Count);

    public int ErrorCount => Learners.Sum(l => l.Tally.Errors.Count);

    public void Print()
    {
        Console.WriteLine("| step | requests | p50 ms | p95 ms | p99 ms | max ms | errors |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var step in ExamTally.Steps)
        {
            var sorted = Learners.SelectMany(l => l.Tally.Latencies).Where(l => l.Step == step).Select(l => l.Milliseconds).Order().ToArray();
            var errors = Learners.Sum(l => l.Tally.Errors.Count(e => e.Step == step));
            Console.WriteLine($"| {step} | {sorted.Length} | {QuizLoadResult.Percentile(sorted, 0.50):F1} | {QuizLoadResult.Percentile(sorted, 0.95):F1} | {QuizLoadResult.Percentile(sorted, 0.99):F1} | {sorted.LastOrDefault():F1} | {errors} |");
        }

        var finished = Learners.Count(l => l.FinishedAt is not null);
        Console.WriteLine($"{Requests} requests in {Elapsed.TotalSeconds:F1} s ({Requests / Elapsed.TotalSeconds:F1} requests/s, paced by the learners' think time); {finished} of {Learners.Count} learners finished, {Learners.Count(l => l.GaveUp)} gave up");
        foreach (var group in Learners.SelectMany(l => l.Tally.Errors).GroupBy(e => $"{e.Step}: {e.Kind}").OrderByDescending(g => g.Count()))
        {
            Console.WriteLine($"errors: {group.Count()} × {group.Key}");
        }
    }

    /// <summary>What the faults did to the learners: the longest outage one saw, and whether they carried on.</summary>
    public void PrintFaults(TimeSpan faultsOver)
    {
        var hit = Learners.Where(l => l.Tally.Errors.Count > 0).ToList();
        var longest = Learners.Max(l => l.Tally.LongestOutage);
        Console.WriteLine($"faults: the longest outage a learner saw (a step failing until its retry succeeded): {longest.TotalSeconds:F1} s");
        Console.WriteLine($"faults: {hit.Count} learners met a failed request; {hit.Count(l => l.FinishedAt is not null)} of them finished their attempt, {hit.Count(l => l.GaveUp)} gave up");
        Console.WriteLine($"faults: {Learners.Count(l => l.FinishedAt > faultsOver)} learners submitted after the last fault was over ({faultsOver.TotalSeconds:F1} s); {Learners.Count(l => l.FinishedAt is not null)} of {Learners.Count} finished in all");
    }
}
