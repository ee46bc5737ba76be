namespace TrainingSite.Benchmarks;

/// <summary>One load worker's tally; each worker has its own, so nothing is shared while the load runs.</summary>
public sealed class WorkerResult
{
    public List<double> Latencies { get; } = [];

    public int Saves { get; set; }

    /// <summary>Errors by kind (status code or exception type), to say what went wrong, not only how often.</summary>
    public Dictionary<string, int> Errors { get; } = [];

    public void Error(string kind) => Errors[kind] = Errors.GetValueOrDefault(kind) + 1;
}
