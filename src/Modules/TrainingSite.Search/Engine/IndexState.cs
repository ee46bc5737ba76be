namespace TrainingSite.Search.Engine;

/// <summary>
/// What a node's index says of itself: how many translations it holds, the last indexing task it applied
/// (<see cref="Cursor"/>), the analysis it was built with, and the rebuild request it last honoured.
/// Kept in the Lucene commit, so the index and its cursor can never disagree.
/// </summary>
public sealed record IndexState(bool Exists, int Documents, long Cursor, string? Analysis, string? RebuildRequest, bool Rebuilding)
{
    public static IndexState Missing { get; } = new(false, 0, 0, null, null, false);
}
