namespace TrainingSite.Benchmarks;

/// <summary>The machine's load average over 1, 5 and 15 minutes (/proc/loadavg, Linux), to say how busy it was.</summary>
public static class LoadAverage
{
    public static string Now() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
