namespace TrainingSite.Abstractions.Audit;

/// <summary>
/// What happened (<see cref="Kind"/>, one of <see cref="AuditKinds"/>), to which item (<see cref="ItemType"/>, one of
/// <see cref="AuditItemTypes"/>, its id and its title at the time) and in which region (null: the national part or the
/// whole site), which decides which coordinators see the event. <see cref="Details"/> is a short plain-text note
/// (the roles given, the reason for a revocation, the filter of an export, the version number published).
/// </summary>
public sealed record AuditRecord(string Kind, string ItemType, string? ItemId, string? ItemTitle, string? RegionId, string? Details = null)
{
    /// <summary>Set when the actor is not the signed-in user (a lockout is the account's own failed sign-ins).</summary>
    public AuditActor? Actor { get; init; }

    /// <summary>For content: the version number the event produced or acted on, so the trail links to the comparison.</summary>
    public int? VersionNumber { get; init; }
}
