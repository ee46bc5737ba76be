namespace TrainingSite.AuditTrail.Services;

/// <summary>One event as the pages show it: every text already localized and formatted (Finnish time).</summary>
public sealed record AuditRow(
    long Id,
    DateTime OccurredAtUtc,
    string Time,
    string Actor,
    string? ClientAddress,
    string Kind,
    string ItemType,
    string? Item,
    string? ItemUrl,
    int? VersionNumber,
    string? ComparisonUrl,
    string? Region,
    string? Details);
