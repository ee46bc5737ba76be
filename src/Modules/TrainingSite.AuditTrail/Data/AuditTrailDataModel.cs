using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.AuditTrail.Models;

namespace TrainingSite.AuditTrail.Data;

public sealed class AuditTrailDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AuditEvent>(auditEvent =>
        {
            auditEvent.ToTable("AuditEvents");
            auditEvent.Property(e => e.Kind).HasMaxLength(AuditEvent.KindMaxLength);
            auditEvent.Property(e => e.ActorId).HasMaxLength(AuditEvent.IdMaxLength);
            auditEvent.Property(e => e.ActorName).HasMaxLength(AuditEvent.TextMaxLength);
            auditEvent.Property(e => e.ClientAddress).HasMaxLength(AuditEvent.ClientAddressMaxLength);
            auditEvent.Property(e => e.ItemType).HasMaxLength(AuditEvent.ItemTypeMaxLength);
            auditEvent.Property(e => e.ItemId).HasMaxLength(AuditEvent.IdMaxLength);
            auditEvent.Property(e => e.ItemTitle).HasMaxLength(AuditEvent.TextMaxLength);
            auditEvent.Property(e => e.RegionId).HasMaxLength(AuditEvent.IdMaxLength);
            auditEvent.Property(e => e.Details).HasMaxLength(AuditEvent.DetailsMaxLength);

            // No foreign key to the actor: the trail outlives accounts (erasure replaces the actor, see the personal data source).
            auditEvent.HasIndex(e => e.OccurredAt);
            auditEvent.HasIndex(e => new { e.RegionId, e.OccurredAt });
            auditEvent.HasIndex(e => new { e.Kind, e.OccurredAt });
            auditEvent.HasIndex(e => new { e.ActorId, e.OccurredAt });
            auditEvent.HasIndex(e => new { e.ItemType, e.ItemId });
        });
}
