namespace TrainingSite.Abstractions.Audit;

/// <summary>
/// The append-only record of who changed what (Orchard Core's audit trail is the model). <see cref="Record"/> adds
/// the event to the request's database context without saving: the caller's own <c>SaveChangesAsync</c> writes it in
/// the same transaction as the change it records, so a change is never committed without its event, nor an event
/// without its change. The actor (the signed-in user) and, when <c>Audit:RecordClientAddress</c> is on, the client
/// address are taken from the current request.
/// </summary>
public interface IAuditTrail
{
    void Record(AuditRecord record);
}
