using System.Diagnostics;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>
/// Throughput without wrk (not every machine has it): <c>connections</c> callers each send the rotating URLs one
/// after another for the given time, over as many connections, and every answer is timed end to end. The load
/// driver shares the cores with the site, as wrk does.
/// </summary>
public static class SearchLoad
{
    public static async Task<WrkResult> RunAsync(string site, string cookie, IReadOnlyList<string> paths, int connections, int seconds)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, UseCookies = false });
        var until = Stopwatch.StartNew();
        var duration = TimeSpan.FromSeconds(seconds);
        var errors = 0;
        var callers = Enumerable.Range(0, connections).Select(async caller =>
        {
            var times = new List<double>();
            for (var i = caller * 131; until.Elapsed < duration; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, site + paths[i % paths.Count]);
                request.Headers.Add("Cookie", cookie);
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request);
                    await response.Content.ReadAsByteArrayAsync();
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        Interlocked.Increment(ref errors);
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                    continue;
                }

                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            return times;
        }).ToList();
        var all = (await Task.WhenAll(callers)).SelectMany(t => t).Order().ToArray();
        var elapsed = until.Elapsed.TotalSeconds;
        return all.Length == 0
            ? new WrkResult(site, 0, 0, 0, errors)
            : new WrkResult(site, all.Length / elapsed, SearchLatency.Percentile(all, 50), SearchLatency.Percentile(all, 99), errors);
    }
}
