using TrainingSite.AuditTrail.Paging;

namespace TrainingSite.AuditTrail.Services;

/// <summary>
/// A validated filter of the trail: every value is known (a kind of <c>AuditKinds</c>, a type of <c>AuditItemTypes</c>,
/// a region inside the reader's scope) and the period is in UTC, <see cref="ToUtc"/> exclusive.
/// </summary>
public sealed record AuditCriteria
{
    public string? Kind { get; init; }

    /// <summary>Text matched against the actor's recorded name and their account's e-mail.</summary>
    public string? Actor { get; init; }

    /// <summary>A region's id; with <see cref="NationalOnly"/> the events with no region instead.</summary>
    public string? RegionId { get; init; }

    public bool NationalOnly { get; init; }

    public string? ItemType { get; init; }

    /// <summary>The item's id exactly, or text in its title.</summary>
    public string? Item { get; init; }

    public DateTime? FromUtc { get; init; }

    public DateTime? ToUtc { get; init; }

    public AuditCursor? After { get; init; }
}
