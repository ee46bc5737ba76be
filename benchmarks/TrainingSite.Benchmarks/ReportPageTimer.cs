using System.Diagnostics;
using System.Net;
using System.Text;

namespace TrainingSite.Benchmarks;

/// <summary>A report page as one signed-in user requests it.</summary>
public sealed record ReportPage(string Who, LearnerSession Session, string Path);

/// <summary>
/// Times report pages one request after another (the time to the whole body), after unmeasured warm-up requests. A
/// page answering 404 is reported as missing (not built or not merged yet) and any other non-200 answer by its status,
/// rather than stopping the run.
/// </summary>
public static class ReportPageTimer
{
    public static async Task<PageTiming> TimeAsync(ReportPage page, int warmUp, int requests)
    {
        var latencies = new List<double>(requests);
        for (var i = 0; i < warmUp + requests; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await page.Session.Http.GetAsync(page.Session.Site + page.Path, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new PageTiming(page, response.StatusCode == HttpStatusCode.NotFound ? "missing" : $"HTTP {(int)response.StatusCode}", []);
            }

            if (i >= warmUp)
            {
                latencies.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return new PageTiming(page, "ok", [.. latencies.Order()]);
    }

    /// <summary>Downloads a CSV export <paramref name="times"/> times after one unmeasured download: each time, its records (without the header) and whether it starts with a BOM.</summary>
    public static async Task<CsvDownload> DownloadCsvAsync(LearnerSession session, string path, int times)
    {
        var seconds = new List<double>();
        byte[] body = [];
        for (var i = 0; i <= times; i++)
        {
            var clock = Stopwatch.StartNew();
            using var response = await session.Http.GetAsync(session.Site + path, HttpCompletionOption.ResponseHeadersRead);
            body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return new CsvDownload(response.StatusCode == HttpStatusCode.NotFound ? "missing" : $"HTTP {(int)response.StatusCode}", [], 0, 0, false);
            }

            if (i > 0)
            {
                seconds.Add(clock.Elapsed.TotalSeconds);
            }
        }

        var bom = body.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        return new CsvDownload("ok", seconds, Records(Encoding.UTF8.GetString(body)) - 1, body.Length, bom);
    }

    /// <summary>CSV records: line breaks outside quoted fields, plus a last line without one.</summary>
    private static int Records(string csv)
    {
        var records = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                records++;
            }
        }

        return csv.Length > 0 && csv[^1] != '\n' ? records + 1 : records;
    }
}

public sealed record PageTiming(ReportPage Page, string Outcome, double[] SortedMilliseconds)
{
    public double P50 => QuizLoadResult.Percentile(SortedMilliseconds, 0.50);

    public double P95 => QuizLoadResult.Percentile(SortedMilliseconds, 0.95);

    public double Max => SortedMilliseconds.LastOrDefault();
}

public sealed record CsvDownload(string Outcome, IReadOnlyList<double> Seconds, int Rows, long Bytes, bool Bom);
