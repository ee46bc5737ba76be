using System.Diagnostics;
using System.Web;
using TrainingSite.Search.Analysis;
using TrainingSite.Search.Engine;
using TrainingSite.Search.LuceneAnalysis;
using TrainingSite.Search.Querying;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The guidance search engine alone, in this process, without the site, the database or HTTP: builds a Lucene
/// index of <c>--articles</c> generated articles (2 threads), then times the query mix of the <c>guidance</c>
/// benchmark on one thread and counts searches/s on 16. The difference to <c>guidance</c> is what the site
/// and HTTP add; this one isolates the engine for tuning.
/// </summary>
public static class GuidanceEngineBenchmark
{
    private static readonly SearchFilter Member = new(["public", "network"], null, null, null);

    public static Task<int> RunAsync(BenchmarkOptions options)
    {
        // --index keeps the index in a folder and, when it is already there, measures only the searches again.
        var kept = Environment.GetCommandLineArgs().SkipWhile(a => a != "--index").Skip(1).FirstOrDefault();
        var folder = kept ?? Path.Combine(Path.GetTempPath(), "ts-engine-bench-" + Guid.NewGuid().ToString("N"));
        var reuse = kept is not null && Directory.Exists(folder);
        using var analysis = new TextAnalyzer();
        using var analyzers = new GuidanceAnalyzers(analysis);
        var shipped = ShippedGuidance.Articles();
        var generator = new ArticleGenerator(shipped, seed: 42);
        var translations = generator.Generate(options.Articles)
            .SelectMany(a => a.Title.Keys.Select(l => new IndexedTranslation(a.Id, l, a.Region, a.Topic, a.Audience, a.Title[l], a.Tags, a.Body[l])))
            .ToList();
        Console.WriteLine($"Load average before: {LoadAverage()}");
        try
        {
            using var node = new SearchIndexNode(folder, analyzers);
            Console.WriteLine($"| articles | {options.Articles:N0} ({translations.Count:N0} translations) |");
            if (!reuse)
            {
                var build = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                using (var rebuild = node.BeginRebuild()!)
                {
                    rebuild.Add(translations);
                    rebuild.Complete(cursor: 0);
                }

                build.Stop();
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine($"| build | {options.Articles / build.Elapsed.TotalSeconds:N0} articles/s wall, {options.Articles / cpuSeconds:N0} articles per CPU-second |");
            }

            var bytes = new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
            Console.WriteLine($"| index on disk | {bytes / 1e6:N0} MB, {node.Read(searcher => searcher.IndexReader.Leaves.Count)} segments |");

            var search = new GuidanceIndexSearch(analysis);
            var planner = new QueryPlanner(analysis);
            var mix = new SearchQueryMix(generator.Text, shipped.Select(a => a.Topic), seed: 7);
            var queries = Enumerable.Range(0, 2000).Select(_ => Parse(mix.Next())).ToList();
            var (vocabularyTime, planning, matching) = (new Stopwatch(), new Stopwatch(), new Stopwatch());
            int Run((string Q, string Lang, SearchFilter Filter) query) => node.Read(searcher =>
            {
                vocabularyTime.Start();
                var parsed = QueryParser.Parse(query.Q);
                var vocabulary = GuidanceIndexSearch.Vocabulary(searcher, QueryPlanner.Needs(parsed), publicOnly: false);
                vocabularyTime.Stop();
                planning.Start();
                var plan = planner.Plan(parsed, vocabulary);
                planning.Stop();
                matching.Start();
                var total = search.Search(searcher, plan, query.Filter, query.Lang, 0, 10).Total;
                matching.Stop();
                return total;
            });

            foreach (var query in queries.Take(50))
            {
                Run(query);
            }

            vocabularyTime.Reset();
            planning.Reset();
            matching.Reset();

            var times = new List<double>();
            var searchCpu = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var query in queries.Take(1000))
            {
                var watch = Stopwatch.StartNew();
                Run(query);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            searchCpu = Process.GetCurrentProcess().TotalProcessorTime - searchCpu;
            times.Sort();
            Console.WriteLine($"| CPU per search, 1 thread | {searchCpu.TotalMilliseconds / times.Count:N2} ms (steadier than wall clock on a shared machine) |");
            Console.WriteLine($"| of which, mean | vocabulary {vocabularyTime.Elapsed.TotalMilliseconds / times.Count:N2} ms, plan {planning.Elapsed.TotalMilliseconds / times.Count:N2} ms, matching and ranking {matching.Elapsed.TotalMilliseconds / times.Count:N2} ms |");
            Console.WriteLine($"| search, 1 thread | p50 {times[times.Count / 2]:N1} ms, p99 {times[(int)(times.Count * 0.99)]:N1} ms, max {times[^1]:N1} ms |");
            var done = 0;
            var until = DateTime.UtcNow.AddSeconds(Math.Min(options.Seconds, 15));
            var threads = Enumerable.Range(0, 16).Select(t => new Thread(() =>
            {
                var i = t * 97;
                while (DateTime.UtcNow < until)
                {
                    Run(queries[i++ % queries.Count]);
                    Interlocked.Increment(ref done);
                }
            })).ToList();
            var wall = Stopwatch.StartNew();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Console.WriteLine($"| searches/s, 16 threads | {done / wall.Elapsed.TotalSeconds:N0} |");
            Console.WriteLine($"Load average after: {LoadAverage()}");
        }
        finally
        {
            if (kept is null)
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        return Task.FromResult(0);
    }

    private static (string Q, string Lang, SearchFilter Filter) Parse(string url)
    {
        var query = HttpUtility.ParseQueryString(url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..]);
        return (query["q"] ?? string.Empty, query["lang"] ?? "fi", Member with { Topic = query["topic"], Region = query["region"] });
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
