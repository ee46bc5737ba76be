using TrainingSite.Benchmarks;

// dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|exam|reports|guidance|guidance-engine|directory|search-quality|certificates [--provider sqlite|postgres] [--seconds 30] [--connections 64] [--articles 100000] [--database file.db]
var options = BenchmarkOptions.Parse(args);
return options.Scenario switch
{
    "courses" => await CoursesBenchmark.RunAsync(options),
    "quiz" => await QuizBenchmark.RunAsync(options),
    "exam" => await ExamBenchmark.RunAsync(options),
    "reports" => await ReportsBenchmark.RunAsync(options),
    "certificates" => await CertificatesBenchmark.RunAsync(args),
    "guidance" => await GuidanceBenchmark.RunAsync(options),
    "guidance-engine" => await GuidanceEngineBenchmark.RunAsync(options),
    "directory" => await DirectoryBenchmark.RunAsync(options),
    "search-quality" => await SearchQualityBenchmark.RunAsync(),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|exam|guidance|guidance-engine|search-quality [--provider sqlite|postgres] [--seconds 30] [--connections 64] [--articles 100000] [--database file.db]");
    Console.Error.WriteLine("       dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- exam [--provider sqlite|postgres] [--nodes 1|2] [--learners 1000] [--faults]");
    Console.Error.WriteLine("       dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- reports [--provider sqlite|postgres] [--learners 10000] [--requests 20]");
    Console.Error.WriteLine("       dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- certificates [--count 2000] [--out folder]");
    Console.Error.WriteLine("       dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- directory [--provider sqlite|postgres] [--points 5000] [--seconds 10]");
    return 2;
}
