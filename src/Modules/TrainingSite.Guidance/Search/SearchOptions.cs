namespace TrainingSite.Guidance.Search;

/// <summary>The <c>Search</c> configuration section: where this node keeps its index and how it follows the task log.</summary>
public sealed class SearchOptions
{
    public const string Section = "Search";

    /// <summary>This node's index folder (relative to the content root). Each node needs its own, on local disk.</summary>
    public string IndexFolder { get; set; } = "App_Data/search";

    /// <summary>How often the node applies the indexing tasks other nodes wrote (the issue asks for under a second).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long indexing tasks are kept: a node stopped for longer rebuilds its index when it starts.</summary>
    public TimeSpan TaskRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a node prunes the tasks older than <see cref="TaskRetention"/>.</summary>
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
