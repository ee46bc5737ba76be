namespace TrainingSite.AuditTrail.Services;

/// <summary>The <c>Audit</c> section of the settings.</summary>
public sealed class AuditOptions
{
    public const string Section = "Audit";

    /// <summary>Whether each event keeps the client's address (after the trusted proxies' forwarded headers).</summary>
    public bool RecordClientAddress { get; set; } = true;

    /// <summary>Events older than this many days are removed by the daily pruning.</summary>
    public int RetentionDays { get; set; } = 730;
}
