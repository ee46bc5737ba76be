using System.Diagnostics;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Issue 15's benchmark, reports at scale: the shipped regions and training package imported through the site's
/// verbs, then <c>--learners</c> (10,000) learners with their progress, quiz attempts and answers, certificates and
/// the audit trail written straight into the tables (<see cref="ReportsDataSet"/>, <see cref="ReportsBulkInsert"/>).
/// An administrator and Espoo's coordinator sign in; each report page is requested <c>--requests</c> (20) times, one
/// after another after 3 unmeasured requests, and the CSV of all learners is downloaded 3 times. Goal: p95 &lt;= 200 ms
/// per page and the CSV in &lt;= 2 s.
/// </summary>
public static class ReportsBenchmark
{
    private const int WarmUp = 3;
    private const int CsvDownloads = 3;

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        Console.WriteLine($"Provider: {database.Provider}. Migrating, importing the shipped recipes (regions, glossary, guidance, training package) ...");
        await ImportShippedPackageAsync(database);
        var content = await ReportsContent.ReadAsync(database);

        var clock = Stopwatch.StartNew();
        var set = ReportsDataSet.Generate(content, options.Learners, DateTimeOffset.UtcNow);
        var generated = clock.Elapsed;
        await ReportsBulkInsert.InsertAsync(database, set);
        Console.WriteLine(
            $"Data set: {options.Learners:N0} learners ({set.Users.Count(u => u.DeactivatedAt is not null && u.ErasedAt is null):N0} deactivated, {set.Users.Count(u => u.ErasedAt is not null):N0} erased stand-ins besides), " +
            $"{set.Progress.Count:N0} lesson progress rows, {set.Attempts.Count:N0} submitted attempts ({100.0 * set.Attempts.Count(a => a.Passed) / Math.Max(1, set.Attempts.Count):F0} % passed) with {set.AnswerCount:N0} answers, " +
            $"{set.Certificates.Count:N0} certificates ({set.Certificates.Count(c => c.RevokedAt is not null):N0} revoked), {set.Audit.Count:N0} audit events; " +
            $"generated in {generated.TotalSeconds:F1} s, written in {(clock.Elapsed - generated).TotalSeconds:F1} s.");

        await using var site = await SiteProcess.StartAsync(database, 5600 + Random.Shared.Next(300));
        using var admin = await LearnerSession.SignInAsync(site.Url, set.Administrator.Email);
        using var coordinator = await LearnerSession.SignInAsync(site.Url, set.Coordinator.Email);
        var pages = Pages(content, set, admin, coordinator);

        var loadBefore = LoadAverage.Now();
        Console.WriteLine($"Load average before: {loadBefore}");
        var timings = new List<PageTiming>();
        foreach (var page in pages)
        {
            timings.Add(await ReportPageTimer.TimeAsync(page, WarmUp, options.Requests));
        }

        var csv = await ReportPageTimer.DownloadCsvAsync(admin, "/reports/learners.csv", CsvDownloads);
        var loadAfter = LoadAverage.Now();

        Console.WriteLine();
        Console.WriteLine($"Reports on {database.Provider}, {options.Learners:N0} learners; {options.Requests} requests per page one after another after {WarmUp} unmeasured, on one machine ({Environment.ProcessorCount} cores) shared by the site and this client.");
        Console.WriteLine("| as | page | p50 ms | p95 ms | max ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var timing in timings)
        {
            Console.WriteLine(timing.Outcome == "ok"
                ? $"| {timing.Page.Who} | {timing.Page.Path} | {timing.P50:F1} | {timing.P95:F1} | {timing.Max:F1} |"
                : $"| {timing.Page.Who} | {timing.Page.Path} | {timing.Outcome} | | |");
        }

        Console.WriteLine(csv.Outcome == "ok"
            ? $"CSV of all learners (/reports/learners.csv as administrator): {csv.Rows:N0} rows, {csv.Bytes / 1024.0:N0} KiB, BOM {(csv.Bom ? "yes" : "no")}; {string.Join(" / ", csv.Seconds.Select(s => $"{s:F2} s"))} (goal <= 2 s)"
            : $"CSV of all learners: {csv.Outcome}");
        var measured = timings.Where(t => t.Outcome == "ok").ToList();
        if (measured.Count > 0)
        {
            Console.WriteLine($"Pages within p95 <= 200 ms: {measured.Count(t => t.P95 <= 200)} of {measured.Count} measured ({timings.Count - measured.Count} not measured).");
        }

        Console.WriteLine($"Load average before: {loadBefore}, after: {loadAfter}");
        return 0;
    }

    /// <summary>Migrates and imports every shipped recipe in name order (regions first), as a new site's first run does.</summary>
    private static async Task ImportShippedPackageAsync(BenchmarkDatabase database)
    {
        await SiteProcess.RunVerbAsync(database, "migrate");
        foreach (var recipe in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "content-recipes"), "*.recipe.json").Order(StringComparer.Ordinal))
        {
            await SiteProcess.RunVerbAsync(database, "recipe", "import", recipe);
        }
    }

    /// <summary>
    /// The pages measured: the administrator's (every region and the national comparison) and the coordinator's (one
    /// region). The national course is the one whose quiz has questions to flag; the regional one is the coordinator's.
    /// </summary>
    private static List<ReportPage> Pages(ReportsContent content, ReportsDataSet set, LearnerSession admin, LearnerSession coordinator)
    {
        var national = content.National.First(c => c.Quiz is not null).Id;
        var regional = content.Section(ReportsDataSet.CoordinatedRegion).First().Id;
        var learner = set.SampleLearner.Id;
        return
        [
            new("administrator", admin, "/reports?period=30d"),
            new("administrator", admin, "/reports?period=all"),
            new("administrator", admin, "/reports/learners"),
            new("administrator", admin, "/reports/learners?status=InProgress&region=helsinki"),
            new("administrator", admin, $"/reports/learners/{learner}"),
            new("administrator", admin, $"/reports/courses/{national}"),
            new("administrator", admin, $"/reports/courses/{regional}"),
            new("administrator", admin, "/reports/search?period=year"),
            new("administrator", admin, "/admin/audit"),
            new("administrator", admin, "/admin/audit?kind=content.published&region=espoo"),
            new("administrator", admin, $"/admin/audit?actor={Uri.EscapeDataString(set.Coordinator.DisplayName)}"),
            new("administrator", admin, $"/admin/audit?item={Uri.EscapeDataString(set.SampleLearner.DisplayName)}"),
            new("coordinator", coordinator, "/reports?period=90d"),
            new("coordinator", coordinator, "/reports/learners"),
            new("coordinator", coordinator, "/reports/learners?status=InProgress"),
            new("coordinator", coordinator, $"/reports/learners/{learner}"),
            new("coordinator", coordinator, $"/reports/courses/{national}"),
            new("coordinator", coordinator, $"/reports/courses/{regional}"),
            new("coordinator", coordinator, "/reports/search"),
            new("coordinator", coordinator, "/reports/audit"),
        ];
    }
}
