using System.Diagnostics;
using TrainingSite.Cluster;

namespace TrainingSite.Benchmarks;

/// <summary>
/// The faults of <c>exam --faults</c>, at fixed times of the exam (learners arrive over its first minute and most
/// finish within 2.5): node 1 is killed with SIGKILL (kill -9) and started again, PostgreSQL is stopped and
/// started (by the commands in EXAM_POSTGRES_STOP and EXAM_POSTGRES_START, which benchmarks/exam-faults.sh sets
/// for its private server), then node 2 is killed and started again.
/// </summary>
public sealed class ExamFaults(SiteCluster cluster, Stopwatch clock)
{
    public const string StopVariable = "EXAM_POSTGRES_STOP";
    public const string StartVariable = "EXAM_POSTGRES_START";

    /// <summary>When the last fault was over (the last node answering again); learners finishing later carried on after the faults.</summary>
    public TimeSpan Over { get; private set; }

    public static bool Configured => Environment.GetEnvironmentVariable(StopVariable) is { Length: > 0 } && Environment.GetEnvironmentVariable(StartVariable) is { Length: > 0 };

    public async Task RunAsync()
    {
        await KillAndRestartAsync(cluster.Nodes[0], TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(50));
        await AtAsync(TimeSpan.FromSeconds(75));
        await ShellAsync(StopVariable);
        await AtAsync(TimeSpan.FromSeconds(85));
        await ShellAsync(StartVariable);
        await KillAndRestartAsync(cluster.Nodes[^1], TimeSpan.FromSeconds(105), TimeSpan.FromSeconds(115));
        Over = clock.Elapsed;
    }

    private async Task KillAndRestartAsync(SiteNode node, TimeSpan kill, TimeSpan restart)
    {
        await AtAsync(kill);
        node.Kill();
        Log($"kill -9 {node.Name}");
        await AtAsync(restart);
        Log($"starting {node.Name} again");
        await node.StartAsync();
        Log($"{node.Name} answers /health again");
    }

    private async Task ShellAsync(string variable)
    {
        var command = Environment.GetEnvironmentVariable(variable)!;
        using var process = Process.Start("bash", ["-c", command]);
        await process.WaitForExitAsync();
        Log($"{command} (exit {process.ExitCode})");
    }

    private async Task AtAsync(TimeSpan time)
    {
        if (time > clock.Elapsed)
        {
            await Task.Delay(time - clock.Elapsed);
        }
    }

    private void Log(string what) => Console.WriteLine($"[{clock.Elapsed.TotalSeconds,6:F1} s] {what}");
}
