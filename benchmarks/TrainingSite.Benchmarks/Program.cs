using TrainingSite.Benchmarks;

// dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|certificates [--provider sqlite|postgres] [--seconds 30] [--connections 64]
var options = BenchmarkOptions.Parse(args);
return options.Scenario switch
{
    "courses" => await CoursesBenchmark.RunAsync(options),
    "quiz" => await QuizBenchmark.RunAsync(options),
    "certificates" => await CertificatesBenchmark.RunAsync(args),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- courses|quiz|certificates [--provider sqlite|postgres] [--seconds 30] [--connections 64]");
    return 2;
}
