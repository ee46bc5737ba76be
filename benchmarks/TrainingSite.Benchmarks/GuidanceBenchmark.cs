using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The guidance search at scale: N generated articles inserted straight into the tables, the index built by
/// the site's own `search reindex`, its size, then the JSON search API's latency at one connection over a
/// realistic query mix and its throughput under wrk at 16 connections.
/// </summary>
public static partial class GuidanceBenchmark
{
    private const int WarmUpQueries = 30;
    private const int MeasuredQueries = 500;
    private const int LoadConnections = 16;

    /// <summary>The one-connection run stops here even if it has not sent every query: at 100,000 articles a search can take seconds.</summary>
    private static readonly TimeSpan LatencyLimit = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        var shipped = ShippedGuidance.Articles();
        var generator = new ArticleGenerator(shipped, 2026);
        if (options.Database is not null)
        {
            // A database an earlier run seeded and indexed (a copy of it): only the search is measured again.
            await using var existing = BenchmarkDatabase.ExistingSqlite(options.Database);
            Console.WriteLine($"Reusing {options.Database}: search only");
            await MeasureSearchAsync(existing, generator, shipped, options);
            return 0;
        }

        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        Console.WriteLine($"Provider: {database.Provider}. Schema, regions, topics and one network member ...");
        await BenchmarkSeed.ImportAsync(database, ShippedGuidance.TopicsRecipe());
        await NetworkMember.SeedAsync(database);

        var translations = 0;
        var watch = Stopwatch.StartNew();
        await GuidanceBulkInsert.InsertAsync(database, generator.Generate(options.Articles).Select(a =>
        {
            translations += a.Body.Count;
            return a;
        }));
        Console.WriteLine($"Generated and inserted {options.Articles:N0} articles ({translations:N0} translations) in {watch.Elapsed.TotalSeconds:F1} s");

        var before = await SearchIndexSize.DatabaseBytesAsync(database);
        var loadBefore = LoadAverage();
        var cpuBefore = ChildProcessorTime.Total();
        watch.Restart();
        var printed = await SiteProcess.RunVerbAsync(database, "search", "reindex");
        var wall = watch.Elapsed;
        var cpu = (ChildProcessorTime.Total() - cpuBefore).TotalSeconds;
        Console.Write(printed);
        var indexed = Indexed().Match(printed);
        var indexedTranslations = int.Parse(indexed.Groups[1].Value, CultureInfo.InvariantCulture);
        var buildSeconds = int.Parse(indexed.Groups[2].Value, CultureInfo.InvariantCulture) / 1000.0;
        var after = await SearchIndexSize.DatabaseBytesAsync(database);
        var index = SearchIndexSize.IndexBytes(database);

        Console.WriteLine();
        Console.WriteLine($"guidance index, {database.Provider}, {options.Articles:N0} generated articles ({translations:N0} translations)");
        Console.WriteLine("| measure | value | goal |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| index build (search reindex, as printed) | {indexedTranslations:N0} translations in {buildSeconds:F1} s (verb wall clock {wall.TotalSeconds:F1} s) | |");
        Console.WriteLine($"| build rate | {options.Articles / buildSeconds:N0} articles/s, {indexedTranslations / buildSeconds:N0} translations/s | >= 2,000 articles/s (SQLite) |");
        Console.WriteLine($"| verb CPU time (user + sys, incl. start-up) | {cpu:F1} s: {options.Articles / cpu:N0} articles per CPU second | |");
        Console.WriteLine($"| machine load average (1 min) before the build / after | {loadBefore} / {LoadAverage()} | |");
        Console.WriteLine($"| size of the index on disk ({database.IndexFolder}) | {Megabytes(index)} | <= 400 MB at 100,000 articles |");
        Console.WriteLine($"| database before / after reindex | {Megabytes(before)} / {Megabytes(after)} | |");
        await MeasureSearchAsync(database, generator, shipped, options);
        return 0;
    }

    private static async Task MeasureSearchAsync(BenchmarkDatabase database, ArticleGenerator generator, IReadOnlyList<ShippedArticle> shipped, BenchmarkOptions options)
    {
        var mix = new SearchQueryMix(generator.Text, shipped.Select(a => a.Topic), 7);
        var single = Enumerable.Range(0, WarmUpQueries + MeasuredQueries).Select(_ => mix.Next()).ToList();
        var rotation = Enumerable.Range(0, 2000).Select(_ => mix.Next()).ToList();
        await using var site = await SiteProcess.StartAsync(database, 5900 + Random.Shared.Next(300));
        using var member = await NetworkMember.SignInAsync(site.Url);
        var times = await SearchLatency.MeasureAsync(site.Url, member.CookieHeader, single, WarmUpQueries, LatencyLimit);
        Console.WriteLine();
        Console.WriteLine($"guidance search API, {database.Provider}, signed in as a network member");
        Console.WriteLine("| measure | value | goal |");
        Console.WriteLine("|---|---|---|");
        if (times.Length > 0)
        {
            Console.WriteLine($"| search p50, 1 connection, {times.Length} queries in {LatencyLimit.TotalMinutes:F0} min at most | {SearchLatency.Percentile(times, 50):F2} ms | <= 5 ms |");
            Console.WriteLine($"| search p99, 1 connection | {SearchLatency.Percentile(times, 99):F2} ms (max {times[^1]:F1} ms) | <= 25 ms |");
        }
        else
        {
            Console.WriteLine($"| search, 1 connection | not one query measured within {LatencyLimit.TotalMinutes:F0} min (after {WarmUpQueries} unmeasured) | <= 5 ms |");
        }

        var script = await WrkRotation.WriteAsync(database.Folder, rotation);
        try
        {
            var load = await Wrk.RunAsync(site.Url + "/api/guidance/search", LoadConnections, options.Seconds, member.CookieHeader, script);
            Console.WriteLine($"| search under wrk -c{LoadConnections} -d{options.Seconds}s, {rotation.Count} rotating queries | {load.RequestsPerSecond:F0} requests/s, p50 {load.P50Milliseconds:F1} ms, p99 {load.P99Milliseconds:F1} ms, errors {load.Errors} | >= 200 requests/s |");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            var load = await SearchLoad.RunAsync(site.Url, member.CookieHeader, rotation, LoadConnections, options.Seconds);
            Console.WriteLine($"| search at {LoadConnections} connections for {options.Seconds} s, {rotation.Count} rotating queries (the benchmark's own load driver: wrk is not installed) | {load.RequestsPerSecond:F0} requests/s, p50 {load.P50Milliseconds:F1} ms, p99 {load.P99Milliseconds:F1} ms, errors {load.Errors} | >= 200 requests/s |");
        }
    }

    /// <summary>Other tenants of the machine slow every figure down; the load average says how much was going on.</summary>
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

    private static string Megabytes(long bytes) => $"{bytes / 1048576.0:F1} MB";

    [GeneratedRegex(@"Indexed (\d+) article translations in (\d+) ms")]
    private static partial Regex Indexed();
}
