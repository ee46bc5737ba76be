namespace TrainingSite.Benchmarks;

/// <summary>The load's figures: acknowledged saves per second and the latency of every request sent.</summary>
public sealed record QuizLoadResult(int Saves, int Requests, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds, double MaxMilliseconds, IReadOnlyDictionary<string, int> Errors)
{
    public double SavesPerSecond => Saves / Elapsed.TotalSeconds;

    public int ErrorCount => Errors.Values.Sum();

    public static QuizLoadResult Combine(IReadOnlyList<WorkerResult> workers, TimeSpan elapsed)
    {
        var latencies = workers.SelectMany(w => w.Latencies).Order().ToArray();
        var errors = workers.SelectMany(w => w.Errors).GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Sum(e => e.Value));
        return new QuizLoadResult(
            workers.Sum(w => w.Saves), latencies.Length, elapsed, Percentile(latencies, 0.50), Percentile(latencies, 0.99), latencies.LastOrDefault(), errors);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
