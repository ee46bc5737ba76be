using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.AuditTrail.Models;
using TrainingSite.Data;

namespace TrainingSite.AuditTrail.Services;

/// <inheritdoc />
public sealed class AuditTrailWriter(TrainingDbContext db, IHttpContextAccessor http, IOptions<AuditOptions> options, TimeProvider clock) : IAuditTrail
{
    public void Record(AuditRecord record)
    {
        var context = http.HttpContext;
        var actor = record.Actor ?? ActorOf(context?.User);
        db.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow().UtcDateTime,
            Kind = record.Kind,
            ActorId = actor.UserId,
            ActorName = Truncate(actor.Name, AuditEvent.TextMaxLength)!,
            ClientAddress = options.Value.RecordClientAddress ? context?.Connection.RemoteIpAddress?.ToString() : null,
            ItemType = record.ItemType,
            ItemId = Truncate(record.ItemId, AuditEvent.IdMaxLength),
            ItemTitle = Truncate(record.ItemTitle, AuditEvent.TextMaxLength),
            RegionId = record.RegionId,
            VersionNumber = record.VersionNumber,
            Details = Truncate(record.Details, AuditEvent.DetailsMaxLength),
        });
    }

    private static AuditActor ActorOf(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return new AuditActor(null, "-");
        }

        var author = ContentAuthor.Of(user);
        return new AuditActor(author.Id, author.Name);
    }

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];
}
