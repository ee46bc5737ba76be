using System.Globalization;

namespace TrainingSite.Benchmarks;

/// <summary>
/// CPU time of this program's finished child processes (cutime + cstime of /proc/self/stat, Linux): on a
/// shared 2-core machine a verb's wall clock mostly measures the other tenants, its CPU time measures the verb.
/// </summary>
public static class ChildProcessorTime
{
    /// <summary>The kernel's USER_HZ, 100 on every Linux this project runs on.</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Total()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return TimeSpan.Zero;
        }

        // Fields after the command name in parentheses (which may hold spaces): state is field 3, cutime 16, cstime 17.
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }
}
