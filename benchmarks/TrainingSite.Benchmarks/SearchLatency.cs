using System.Diagnostics;
using System.Net;

namespace TrainingSite.Benchmarks;

/// <summary>Latency of one caller: the URLs one after another on one connection, each timed end to end.</summary>
public static class SearchLatency
{
    /// <summary>
    /// Milliseconds per request, sorted; the first <paramref name="warmUp"/> requests are not counted. Stops
    /// after <paramref name="limit"/> so a slow index still yields figures (the count says how many).
    /// </summary>
    public static async Task<double[]> MeasureAsync(string site, string cookie, IReadOnlyList<string> paths, int warmUp, TimeSpan limit)
    {
        var started = Stopwatch.StartNew();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false });
        var times = new List<double>(paths.Count);
        for (var i = 0; i < paths.Count && started.Elapsed < limit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, site + paths[i]);
            request.Headers.Add("Cookie", cookie);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request);
            await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"GET {paths[i]} answered {(int)response.StatusCode}");
            }

            if (i >= warmUp)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return [.. times];
    }

    public static double Percentile(double[] sorted, double percent) =>
        sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
