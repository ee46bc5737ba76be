namespace TrainingSite.AuditTrail.Models;

/// <summary>
/// One recorded event (see <see cref="TrainingSite.Abstractions.Audit.IAuditTrail"/>). Append-only: no page edits or
/// deletes one; only the daily retention job removes events older than <c>Audit:RetentionDays</c>.
/// </summary>
public class AuditEvent
{
    public const int KindMaxLength = 50;
    public const int ItemTypeMaxLength = 30;
    public const int IdMaxLength = 100;
    public const int TextMaxLength = 400;
    public const int DetailsMaxLength = 2000;
    public const int ClientAddressMaxLength = 45;

    public long Id { get; set; }

    /// <summary>
    /// In UTC. A <see cref="DateTime"/> rather than a DateTimeOffset because SQLite orders and compares only the
    /// former in SQL, and the trail is read newest first and by period (the guidance indexing queue does the same).
    /// </summary>
    public DateTime OccurredAt { get; set; }

    public required string Kind { get; set; }

    /// <summary>Null for an event with no signed-in actor (a sign-in lockout, a first-run recipe).</summary>
    public string? ActorId { get; set; }

    /// <summary>The actor's name (and e-mail) at the time.</summary>
    public required string ActorName { get; set; }

    /// <summary>Recorded only while <c>Audit:RecordClientAddress</c> is on.</summary>
    public string? ClientAddress { get; set; }

    public required string ItemType { get; set; }

    public string? ItemId { get; set; }

    public string? ItemTitle { get; set; }

    /// <summary>Null for the national part or the whole site; coordinators see the events of their regions.</summary>
    public string? RegionId { get; set; }

    public int? VersionNumber { get; set; }

    public string? Details { get; set; }
}
