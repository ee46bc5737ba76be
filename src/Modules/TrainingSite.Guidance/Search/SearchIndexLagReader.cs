using TrainingSite.Abstractions.Observability;

namespace TrainingSite.Guidance.Search;

/// <summary>
/// The lag gauge's reading: <see cref="GuidanceSearchIndex.LagAsync"/>, waited for at most two seconds because a
/// collection is synchronous. Nothing is reported while the database is away or another process holds the index.
/// </summary>
public sealed class SearchIndexLagReader(GuidanceSearchIndex index) : ISearchIndexLag
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);

    public long? Read()
    {
        if (index.TryOpen() is null)
        {
            return null;
        }

        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            return index.LagAsync(timeout.Token).GetAwaiter().GetResult();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null; // the database check and the search worker report an outage; a metric stays quiet
        }
    }
}
