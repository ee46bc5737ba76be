using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Certificates.Models;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Identity;

namespace TrainingSite.Certificates.Data;

public sealed class CertificatesDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Certificate>(certificate =>
        {
            certificate.ToTable("Certificates");
            certificate.Property(c => c.Programme).HasMaxLength(50);
            certificate.Property(c => c.Code).HasMaxLength(16);
            certificate.Property(c => c.HolderName).HasMaxLength(Certificate.HolderNameMaxLength);
            certificate.Property(c => c.RegionId).HasMaxLength(100);
            certificate.Property(c => c.RegionName).IsLocalizedText();
            certificate.Property(c => c.Issuer).IsLocalizedText();
            certificate.Property(c => c.Courses).IsJson();
            certificate.Property(c => c.RevocationReason).HasMaxLength(Certificate.ReasonMaxLength);
            certificate.Property(c => c.RevokedBy).HasMaxLength(400);
            certificate.Ignore(c => c.IsRevoked);
            certificate.HasOne<TrainingUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);

            // One VALID certificate per learner and programme: concurrent completions, retries and a second completion
            // all meet this index, while revoked certificates stay beside their replacement (still verifiable as revoked).
            certificate.HasIndex(c => new { c.UserId, c.Programme }).IsUnique().HasFilter("\"RevokedAt\" IS NULL").HasDatabaseName("IX_Certificates_OneValid");

            // A holder's certificates, valid or revoked (the filtered index above does not cover them, nor the foreign key).
            certificate.HasIndex(c => c.UserId);
            certificate.HasIndex(c => c.Code).IsUnique();
        });
}
