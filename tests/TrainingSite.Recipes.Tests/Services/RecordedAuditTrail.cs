using TrainingSite.Abstractions.Audit;

namespace TrainingSite.Recipes.Tests.Services;

/// <summary>Keeps what the engine hands to the audit trail (the functional tests check the events reach the database).</summary>
public sealed class RecordedAuditTrail : IAuditTrail
{
    public List<AuditRecord> Records { get; } = [];

    public void Record(AuditRecord record) => Records.Add(record);
}
