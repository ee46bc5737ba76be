namespace TrainingSite.AuditTrail.Links;

/// <summary>Where an event's item is edited (null: nowhere, e.g. it was deleted) and where its versions are compared.</summary>
public sealed record AuditItemLink(string? Item, string? Comparison)
{
    public static readonly AuditItemLink None = new(null, null);
}
