namespace TrainingSite.Benchmarks;

/// <summary>
/// The command line: a scenario and its knobs. PostgreSQL needs TRAININGSITE_BENCH_POSTGRES (a server connection
/// string). <c>--nodes</c> and <c>--faults</c> are the exam scenario's, <c>--learners</c> the exam's (1,000) and the
/// reports' (10,000), <c>--requests</c> (per page) the reports', <c>--points</c> the directory's (5,000).
/// </summary>
public sealed record BenchmarkOptions(string Scenario, string Provider, int Seconds, int Connections, int Articles, string? Database, int Nodes, int Learners, bool Faults, int Requests, int Points)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Option(string name, string fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;
        int Number(string name, string fallback) => int.Parse(Option(name, fallback)!, System.Globalization.CultureInfo.InvariantCulture);

        var scenario = args.FirstOrDefault(a => !a.StartsWith('-')) ?? string.Empty;
        return new BenchmarkOptions(
            scenario,
            Option("--provider", "sqlite")!.ToLowerInvariant(),
            Number("--seconds", scenario == "directory" ? "10" : "30"),
            Number("--connections", "64"),
            Number("--articles", "100000"),
            args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault(),
            Number("--nodes", "1"),
            Number("--learners", scenario == "reports" ? "10000" : "1000"),
            args.Contains("--faults"),
            Number("--requests", "20"),
            Number("--points", "5000"));
    }
}
