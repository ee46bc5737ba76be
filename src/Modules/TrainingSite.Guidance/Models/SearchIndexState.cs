namespace TrainingSite.Guidance.Models;

/// <summary>Facts every node's search index reads from the database (GuidanceSearchState): a key and its value.</summary>
public class SearchIndexState
{
    /// <summary>The highest indexing task id pruned: a node whose cursor is behind it has missed tasks and rebuilds.</summary>
    public const string PrunedThroughKey = "pruned-through";

    /// <summary>A guid written by <c>search reindex</c>: every node whose index has not honoured it rebuilds.</summary>
    public const string RebuildRequestKey = "rebuild-request";

    public required string Key { get; set; }

    public required string Value { get; set; }
}
