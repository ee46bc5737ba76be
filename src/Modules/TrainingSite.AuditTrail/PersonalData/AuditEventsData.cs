using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.PersonalData;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;

namespace TrainingSite.AuditTrail.PersonalData;

/// <summary>
/// The events a person performed. On deletion the events stay (the trail keeps that something happened) but name
/// nobody: the actor becomes "deleted user" as on content versions, and their client addresses are cleared. Events
/// about the person's account keep its id, which now leads nowhere, and lose the name recorded as its title; events
/// about their certificates lose the holder's name and the revocation's reason.
/// </summary>
public sealed class AuditEventsData(TrainingDbContext db, IStringLocalizer<AuditTrailStrings> strings) : IPersonalDataSource
{
    public string Section => "auditEvents";

    public async Task<PersonalDataSection> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var events = await db.Set<AuditEvent>().AsNoTracking().Where(e => e.ActorId == subject.UserId)
            .OrderBy(e => e.Id)
            .Select(e => new { e.OccurredAt, e.Kind, e.ActorName, e.ClientAddress, e.ItemType, e.ItemId, e.ItemTitle, e.RegionId, e.VersionNumber, e.Details })
            .ToListAsync(cancellationToken);
        var rows = events.Select(e => e with { OccurredAt = DateTime.SpecifyKind(e.OccurredAt, DateTimeKind.Utc) }).ToList();
        return new(strings["PersonalData.Title"], [strings["PersonalData.Events", rows.Count]], rows);
    }

    public async Task EraseAsync(PersonalDataErasure erasure, CancellationToken cancellationToken)
    {
        var userId = erasure.Subject.UserId;

        // Their certificates' events name them as the holder (the title), and a revocation's reason may too: the issue
        // events, which they performed, give the certificates. Read before the actor is anonymised below.
        var certificates = await db.Set<AuditEvent>()
            .Where(e => e.ActorId == userId && e.Kind == AuditKinds.CertificateIssued && e.ItemType == AuditItemTypes.Certificate && e.ItemId != null)
            .Select(e => e.ItemId!)
            .ToListAsync(cancellationToken);
        await db.Set<AuditEvent>().Where(e => e.ItemType == AuditItemTypes.Certificate && certificates.Contains(e.ItemId!)).ExecuteUpdateAsync(
            set => set.SetProperty(e => e.ItemTitle, (string?)null).SetProperty(e => e.Details, (string?)null), cancellationToken);
        await db.Set<AuditEvent>().Where(e => e.ActorId == userId).ExecuteUpdateAsync(
            set => set.SetProperty(e => e.ActorId, ContentVersion.DeletedUser).SetProperty(e => e.ActorName, string.Empty).SetProperty(e => e.ClientAddress, (string?)null),
            cancellationToken);
        await db.Set<AuditEvent>().Where(e => e.ItemType == AuditItemTypes.User && e.ItemId == userId).ExecuteUpdateAsync(
            set => set.SetProperty(e => e.ItemTitle, (string?)null), cancellationToken);
    }
}
