namespace TrainingSite.ServiceDirectory.Search;

/// <summary>
/// This node's current <see cref="DirectoryIndex"/>. Every search reads the database's <see cref="DirectoryStamp"/>
/// and gets the snapshot when it still matches; when not (a publish here or on another node sharing the database),
/// one caller builds the new snapshot while the others wait for it, so every search answers from what is published.
/// </summary>
public sealed class DirectorySnapshots : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private volatile DirectoryIndex? _current;

    /// <summary>The snapshot built last; null before the first (see <see cref="DirectoryWarmUp"/>).</summary>
    public DirectoryIndex? Current => _current;

    /// <param name="build">Builds the snapshot for <paramref name="stamp"/> from the previous one (null at first), reusing what has not changed.</param>
    public async Task<DirectoryIndex> CurrentAsync(DirectoryStamp stamp, Func<DirectoryIndex?, Task<DirectoryIndex>> build, CancellationToken cancellationToken)
    {
        if (_current is { } current && current.Stamp == stamp)
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } built && built.Stamp == stamp)
            {
                return built;
            }

            // Read after the stamp: a publish in between makes the next search's stamp differ, so it builds again.
            var index = await build(_current);
            _current = index;
            return index;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
