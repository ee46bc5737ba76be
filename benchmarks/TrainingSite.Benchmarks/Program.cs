using TrainingSite.Benchmarks;

// dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|guidance|search-quality [--provider sqlite|postgres] [--seconds 30] [--connections 64] [--articles 100000] [--database file.db]
var options = BenchmarkOptions.Parse(args);
return options.Scenario switch
{
    "courses" => await CoursesBenchmark.RunAsync(options),
    "quiz" => await QuizBenchmark.RunAsync(options),
    "guidance" => await GuidanceBenchmark.RunAsync(options),
    "search-quality" => await SearchQualityBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|guidance|search-quality [--provider sqlite|postgres] [--seconds 30] [--connections 64] [--articles 100000] [--database file.db]");
    return 2;
}
