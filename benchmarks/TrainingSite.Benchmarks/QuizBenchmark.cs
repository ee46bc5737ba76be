namespace TrainingSite.Benchmarks;

/// <summary>
/// The quiz benchmark: 500 learners answering a 10-question quiz concurrently (64 connections, 30 s) —
/// answer saves per second, p50/p99/max latency, errors, and whether every acknowledged answer is in the
/// database afterwards (counted row by row).
/// </summary>
public static class QuizBenchmark
{
    private const int Learners = 500;

    /// <summary>Unmeasured saves first, so the figures are of a JIT-compiled site with warm connection pools.</summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        Console.WriteLine($"Provider: {database.Provider}. Seeding one course with a {QuizContent.Questions.Count}-question quiz and {Learners} learners ...");
        await BenchmarkSeed.ImportAsync(database, QuizContent.Recipe());
        await BenchmarkSeed.InsertLearnersAsync(database, Learners);

        await using var site = await SiteProcess.StartAsync(database, 5600 + Random.Shared.Next(300));
        Console.WriteLine($"Signing in {Learners} learners and starting an attempt each ...");
        var learners = await QuizLearnerSetup.PrepareAsync(site.Url, Learners);

        // No cookie container: each request sends its own learner's Cookie header.
        using var http = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 1024 });
        var load = new QuizLoad(http, learners, QuizContent.Questions);
        Console.WriteLine($"Warming up {WarmUp.TotalSeconds:F0} s, then {options.Seconds} s at {options.Connections} connections ...");
        await load.RunAsync(options.Connections, WarmUp);
        var result = await load.RunAsync(options.Connections, TimeSpan.FromSeconds(options.Seconds));
        var check = await AnswerCheck.RunAsync(database, learners, QuizContent.Questions, load.LastSaved);

        Console.WriteLine();
        Console.WriteLine($".NET load driver, {options.Connections} connections, {options.Seconds} s on {database.Provider}, {Learners} learners, one machine (2 cores shared by the driver and the site)");
        Console.WriteLine("| endpoint | saves/s | p50 ms | p99 ms | max ms | errors | rows checked | lost answers |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        Console.WriteLine($"| POST /courses/{{id}}/quiz/attempts/{{id}}?handler=Save | {result.SavesPerSecond:F0} | {result.P50Milliseconds:F2} | {result.P99Milliseconds:F2} | {result.MaxMilliseconds:F2} | {result.ErrorCount} | {check.RowsChecked} | {check.Lost} |");
        Console.WriteLine($"{result.Saves} saves acknowledged of {result.Requests} requests in {result.Elapsed.TotalSeconds:F1} s; QuizAnswers holds {check.RowsInTable} rows ({check.Unexpected} not accounted for by an acknowledged save)");
        foreach (var (kind, count) in result.Errors)
        {
            Console.WriteLine($"errors: {count} × {kind}");
        }

        return result.ErrorCount == 0 && check.Lost == 0 && check.Unexpected == 0 ? 0 : 1;
    }
}
