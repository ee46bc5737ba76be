namespace TrainingSite.Reports.Services.Facts;

/// <summary>
/// The latest <see cref="ReportFacts"/> and the change stamp they were built under, one per process. Each node keys
/// on stamps read from the shared database, so a change written by any node is seen by all. One build at a time:
/// requests that arrive during a build wait for it instead of repeating it.
/// </summary>
public sealed class ReportFactsCache : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private Entry? _current;

    public async Task<ReportFacts> GetAsync(string stamp, Func<CancellationToken, Task<ReportFacts>> build, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _current) is { } cached && cached.Stamp == stamp)
        {
            return cached.Facts;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Stamp == stamp)
            {
                return built.Facts;
            }

            var facts = await build(cancellationToken);
            Volatile.Write(ref _current, new Entry(stamp, facts));
            return facts;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    private sealed record Entry(string Stamp, ReportFacts Facts);
}
