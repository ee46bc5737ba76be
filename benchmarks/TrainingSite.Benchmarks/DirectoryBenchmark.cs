using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The directory search at scale (issue 17): N generated service points imported through the <c>servicepoints</c>
/// recipe step, the site started as a process, then <c>/directory</c> with words and "open now" timed one request
/// after another on one connection for <c>--seconds</c>, rotating through a query mix (inflected, unaccented, with a
/// region or language filter). Run at night "open now" finds nothing, so the same searches are also timed "open at"
/// a weekday morning, when most points are open and the page lists 20 of them.
/// </summary>
public static class DirectoryBenchmark
{
    private const int WarmUpRequests = 50;

    private static readonly string[] Queries =
    [
        "neuvonta", "kela espoo", "asiakaspalvelu helsinki", "toimeentulotuki", "oleskelulupa", "neuvontaa", "tyonhaku",
        "verokortti vantaa", "varhaiskasvatuksen", "kotoutuminen", "sosiaalineuvonta kokkola", "maahanmuuttajia", "kela",
        "housing advice", "rådgivning esbo", "paivahoitopaikan", "tax card", "velkaneuvonta", "terveysneuvonta helsinki", "tulkki",
    ];

    private static readonly string[] Filters = ["", "", "&region=espoo", "&language=ar", "", "&region=helsinki&language=so", "&region=national", ""];

    public static async Task<int> RunAsync(BenchmarkOptions options)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(options.Provider);
        var recipe = ShippedGuidance.TopicsRecipe();
        var topics = recipe["steps"]![0]!["topics"]!.AsArray().Select(t => (string)t!["id"]!).ToList();
        var points = new JsonArray([.. new ServicePointGenerator(topics, 2026).Generate(options.Points)]);
        recipe["steps"]!.AsArray().Add(new JsonObject { ["step"] = "servicepoints", ["servicePoints"] = points });
        Console.WriteLine($"Provider: {database.Provider}. Importing {options.Points:N0} generated points through the servicepoints step ...");
        var watch = Stopwatch.StartNew();
        await BenchmarkSeed.ImportAsync(database, recipe);
        Console.WriteLine($"Imported in {watch.Elapsed.TotalSeconds:F1} s");

        watch.Restart();
        await using var site = await SiteProcess.StartAsync(database, 6200 + Random.Shared.Next(300));
        var started = watch.Elapsed.TotalMilliseconds;
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false });
        watch.Restart();
        await GetAsync(http, site.Url + "/directory?q=neuvonta&open=now");
        var first = watch.Elapsed.TotalMilliseconds;

        var weekdayMorning = NextWeekdayMorning();
        var now = await MeasureAsync(http, site.Url, "&open=now", options.Seconds);
        var at = await MeasureAsync(http, site.Url, "&open=at&at=" + weekdayMorning, options.Seconds);

        // A publish (one point changed, through the recipe verb, as another node would): the next search rebuilds the
        // snapshot, analysing only the changed point.
        var changed = points[0]!.DeepClone().AsObject();
        changed["notes"] = new JsonObject { ["fi"] = "Muutettu zzmuutos." };
        var publish = ShippedGuidance.TopicsRecipe();
        publish["steps"]!.AsArray().Add(new JsonObject { ["step"] = "servicepoints", ["servicePoints"] = new JsonArray(changed) });
        var publishFile = Path.Combine(database.Folder, "publish.recipe.json");
        await File.WriteAllTextAsync(publishFile, publish.ToJsonString());
        await SiteProcess.RunVerbAsync(database, "recipe", "import", publishFile);
        watch.Restart();
        var afterPublish = await GetAsync(http, site.Url + "/directory?q=zzmuutos");
        var rebuild = watch.Elapsed.TotalMilliseconds;
        var found = CountOf(afterPublish, "class=\"directory-hit\"");

        Console.WriteLine();
        Console.WriteLine($"directory search, {database.Provider}, {options.Points:N0} generated points, 1 connection, {Queries.Length} queries x {Filters.Length} filters rotating");
        Console.WriteLine("| measure | value | goal |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| site start until it answers (builds the snapshot before it serves) | {started:F0} ms | |");
        Console.WriteLine($"| first search after the start | {first:F0} ms | |");
        Console.WriteLine($"| first search after one point was published (rebuilds the snapshot, analysing that point) | {rebuild:F0} ms, the changed point found: {(found == 1 ? "yes" : "no")} | |");
        foreach (var (name, run) in new[] { ("open=now", now), ($"open=at {weekdayMorning}", at) })
        {
            Console.WriteLine($"| `/directory?q=...&{name.Replace(' ', '=')}`: {run.Times.Length} requests in {options.Seconds} s, {run.MeanHits:F1} results on the page on average | p50 {Percentile(run.Times, 50):F2} ms, p99 {Percentile(run.Times, 99):F2} ms, max {run.Times[^1]:F1} ms | p50 <= 10 ms, p99 <= 50 ms |");
            Console.WriteLine($"| machine load average (1, 5, 15 min) before / after the {name} run | {run.LoadBefore} / {run.LoadAfter} | |");
        }

        return 0;
    }

    private static async Task<(double[] Times, double MeanHits, string LoadBefore, string LoadAfter)> MeasureAsync(HttpClient http, string site, string open, int seconds)
    {
        var urls = Queries.SelectMany((q, i) => Filters.Select((f, j) => $"{site}/directory?q={Uri.EscapeDataString(q)}{f}{open}")).OrderBy(u => u.GetHashCode(StringComparison.Ordinal)).ToList();
        for (var i = 0; i < WarmUpRequests; i++)
        {
            await GetAsync(http, urls[i % urls.Count]);
        }

        var loadBefore = LoadAverage.Now();
        var times = new List<double>();
        var hits = 0L;
        var clock = Stopwatch.StartNew();
        for (var i = 0; clock.Elapsed.TotalSeconds < seconds; i++)
        {
            var watch = Stopwatch.StartNew();
            var page = await GetAsync(http, urls[i % urls.Count]);
            times.Add(watch.Elapsed.TotalMilliseconds);
            hits += CountOf(page, "class=\"directory-hit\"");
        }

        times.Sort();
        return ([.. times], (double)hits / times.Count, loadBefore, LoadAverage.Now());
    }

    private static async Task<string> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK ? body : throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
    }

    /// <summary>The next Monday-to-Friday 10:00 in Finnish time, as the page's datetime-local field writes it.</summary>
    private static string NextWeekdayMorning()
    {
        var day = DateTime.UtcNow.Date.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || (day.Month == 12 && day.Day is 24 or 25))
        {
            day = day.AddDays(1);
        }

        return day.ToString("yyyy-MM-dd'T'10:00", CultureInfo.InvariantCulture);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
