namespace TrainingSite.Abstractions.Observability;

/// <summary>
/// How far this node's search index is behind the database, for the <c>trainingsite.search.index.lag</c> gauge.
/// Read when metrics are collected (a scrape or an export), so it may ask the database, briefly.
/// </summary>
public interface ISearchIndexLag
{
    /// <summary>Tasks not applied yet; null when it cannot be told now (the database away, the index not open).</summary>
    long? Read();
}
