using System.Diagnostics;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Exam day: <c>--learners</c> (1,000) learners of one region sign in within a minute, read the lesson, take
/// the 10-question quiz with 2-10 s of thought between steps and submit; then the database must hold every
/// acknowledged answer and grade. <c>--nodes 2</c> (PostgreSQL) runs two nodes behind nginx; <c>--faults</c>
/// also kills and restarts nodes and stops and starts PostgreSQL during the exam (benchmarks/exam-faults.sh).
/// </summary>
public static class ExamBenchmark
{
    /// <summary>Every learner's first page within this time: "a whole region signs in within one minute".</summary>
    private static readonly TimeSpan Arrivals = TimeSpan.FromMinutes(1);

    /// <summary>Learners per source address, well below the login form's 60 posts a minute per address even with retries.</summary>
    private const int LearnersPerAddress = 25;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        if (options.Nodes > 1 && options.Provider != "postgres")
        {
            Console.Error.WriteLine("Two or more nodes share one database: use --provider postgres.");
            return 2;
        }

        if (options.Faults && (options.Nodes < 2 || !ExamFaults.Configured))
        {
            Console.Error.WriteLine($"--faults needs --provider postgres --nodes 2 and {ExamFaults.StopVariable}/{ExamFaults.StartVariable}: run benchmarks/exam-faults.sh.");
            return 2;
        }

        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        Console.WriteLine($"Provider: {database.Provider}, {options.Nodes} node(s). Seeding one course with a {QuizContent.Questions.Count}-question quiz and {options.Learners} learners of one region ...");
        await BenchmarkSeed.ImportAsync(database, QuizContent.Recipe());
        await BenchmarkSeed.InsertLearnersAsync(database, options.Learners + 1);

        await using var site = await ExamSite.StartAsync(database, options.Nodes);
        // One more learner goes through the exam without thinking first, unmeasured: the figures are of a site
        // that has served an exam before (compiled, connections pooled), as on the morning of an exam day.
        await new ExamLearner(options.Learners + 1, site.Url, IPAddress.Loopback, Stopwatch.StartNew(), thinks: false).RunAsync(TimeSpan.Zero);
        Console.WriteLine($"Load average before: {LoadAverage.Now()}");
        Console.WriteLine($"{options.Learners} learners arrive over {Arrivals.TotalSeconds:F0} s at {site.Url} ...");
        var clock = Stopwatch.StartNew();
        var learners = Enumerable.Range(1, options.Learners)
            .Select(n => new ExamLearner(n, site.Url, new IPAddress([127, 0, 1, (byte)(1 + ((n - 1) / LearnersPerAddress))]), clock))
            .ToList();
        var faults = options.Faults ? new ExamFaults(site.Cluster!, clock) : null;
        await Task.WhenAll([.. learners.Select((learner, i) => learner.RunAsync(Arrivals * i / options.Learners)), faults?.RunAsync() ?? Task.CompletedTask]);
        var result = new ExamResult(learners, clock.Elapsed);
        // The seeding's pooled connections did not survive PostgreSQL's crash; the check opens new ones.
        Npgsql.NpgsqlConnection.ClearAllPools();
        var loadAfter = LoadAverage.Now();

        Console.WriteLine();
        Console.WriteLine($"Exam on {database.Provider}, {options.Nodes} node(s), {options.Learners} learners. The load driver (this process) shares the machine ({Environment.ProcessorCount} cores) with the site{(options.Nodes > 1 ? "s and nginx" : string.Empty)}; latency is per request, grouped by step.");
        result.Print();
        var check = await ExamCheck.RunAsync(database, learners);
        Console.WriteLine($"check: {check.Attempts} attempts started, {check.AnswersChecked} acknowledged answers, {check.Graded} acknowledged submissions");
        Console.WriteLine($"lost: {check.LostAttempts} attempts, {check.LostAnswers} answers, {check.LostGrades} grades; {check.WrongScores} scores not matching the stored answers");
        var intact = await ExamIntegrity.RunAsync(database);
        if (faults is not null)
        {
            result.PrintFaults(faults.Over);
        }

        Console.WriteLine($"Load average after: {loadAfter}");
        // Under faults, failed requests are expected (the learners retry); what must hold is that nothing acknowledged is lost.
        return (faults is not null || result.ErrorCount == 0) && check.Lost == 0 && intact ? 0 : 1;
    }
}
