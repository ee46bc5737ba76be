namespace TrainingSite.Benchmarks;

/// <summary>The command line: a scenario and its knobs. PostgreSQL needs TRAININGSITE_BENCH_POSTGRES (a server connection string).</summary>
public sealed record BenchmarkOptions(string Scenario, string Provider, int Seconds, int Connections, int Articles, string? Database)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Option(string name, string fallback) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback;

        return new BenchmarkOptions(
            args.FirstOrDefault(a => !a.StartsWith('-')) ?? string.Empty,
            Option("--provider", "sqlite")!.ToLowerInvariant(),
            int.Parse(Option("--seconds", "30")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option("--connections", "64")!, System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Option("--articles", "100000")!, System.Globalization.CultureInfo.InvariantCulture),
            args.SkipWhile(a => a != "--database").Skip(1).FirstOrDefault());
    }
}
