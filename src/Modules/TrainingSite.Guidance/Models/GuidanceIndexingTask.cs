namespace TrainingSite.Guidance.Models;

/// <summary>
/// An article whose search index entry is out of date: written in the transaction that publishes, unpublishes
/// or deletes it (an outbox, as Orchard Core's IndexingTask), and applied by every node after its own cursor,
/// the last task id its index holds. Tasks are pruned after <c>Search:TaskRetention</c>.
/// </summary>
public class GuidanceIndexingTask
{
    public long Id { get; set; }

    public required string ArticleId { get; set; }

    /// <summary>UTC, for pruning.</summary>
    public DateTime CreatedAt { get; set; }
}
