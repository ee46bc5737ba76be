namespace TrainingSite.AuditTrail;

/// <summary>Marker for the AuditTrail module's strings (Resources/AuditTrailStrings.{fi,sv,en}.resx).</summary>
public sealed class AuditTrailStrings
{
    private AuditTrailStrings()
    {
    }
}
