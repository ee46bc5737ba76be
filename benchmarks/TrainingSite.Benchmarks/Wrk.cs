using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrainingSite.Benchmarks;

/// <summary>Runs wrk (Debian's package) against one URL and reads requests/s, p50, p99 and errors from its report.</summary>
public static partial class Wrk
{
    /// <summary><paramref name="script"/>: a Lua file for wrk -s (for example one that rotates through many URLs).</summary>
    public static async Task<WrkResult> RunAsync(string url, int connections, int seconds, string? cookie, string? script = null)
    {
        var start = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-t{Math.Min(2, connections)}", $"-c{connections}", $"-d{seconds}s", "--latency", "--timeout", "5s" })
        {
            start.ArgumentList.Add(arg);
        }

        if (cookie is not null)
        {
            start.ArgumentList.Add("-H");
            start.ArgumentList.Add($"Cookie: {cookie}");
        }

        if (script is not null)
        {
            start.ArgumentList.Add("-s");
            start.ArgumentList.Add(script);
        }

        start.ArgumentList.Add(url);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk is not installed (apt-get install wrk)");
        var report = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new WrkResult(
            url,
            double.Parse(RequestsPerSecond().Match(report).Groups[1].Value, CultureInfo.InvariantCulture),
            Latency(report, "50%"),
            Latency(report, "99%"),
            ErrorCount(report));
    }

    private static double Latency(string report, string percentile)
    {
        var match = Regex.Match(report, $@"\s{Regex.Escape(percentile)}\s+([\d.]+)(us|ms|s)");
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
    }

    private static int ErrorCount(string report)
    {
        var non2xx = NonSuccess().Match(report);
        var socket = SocketErrors().Match(report);
        var count = non2xx.Success ? int.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        if (socket.Success)
        {
            count += socket.Groups.Values.Skip(1).Sum(g => int.Parse(g.Value, CultureInfo.InvariantCulture));
        }

        return count;
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex NonSuccess();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
