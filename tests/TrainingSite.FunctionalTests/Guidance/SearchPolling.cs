using System.Diagnostics;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>Waits for something another node or the background worker does, up to a deadline, without fixed sleeps.</summary>
public static class SearchPolling
{
    /// <summary>Checks until <paramref name="done"/> holds or the deadline passes; returns the time it took, or null.</summary>
    public static async Task<TimeSpan?> UntilAsync(Func<Task<bool>> done, TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            if (await done())
            {
                return watch.Elapsed;
            }

            if (watch.Elapsed > deadline)
            {
                return null;
            }

            await Task.Delay(50);
        }
    }
}
