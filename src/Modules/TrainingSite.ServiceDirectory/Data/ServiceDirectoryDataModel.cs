using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Regions;
using TrainingSite.ServiceDirectory.Models;

namespace TrainingSite.ServiceDirectory.Data;

/// <summary>
/// Service points and their versions. The schedule and exceptions are values of a version, always read whole to
/// answer "open now", so they are JSON columns, as are the lists of languages and topics.
/// </summary>
public sealed class ServiceDirectoryDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServicePoint>(point =>
        {
            point.ToTable("ServicePoints");
            point.Property(p => p.Id).HasMaxLength(100);
            point.Property(p => p.RegionId).HasMaxLength(100);
            point.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            point.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PointId).OnDelete(DeleteBehavior.Cascade);
            point.HasIndex(p => p.RegionId);
        });

        modelBuilder.Entity<ServicePointVersion>(version =>
        {
            version.ToTable("ServicePointVersions");
            version.Property(v => v.PointId).HasMaxLength(100);
            version.Property(v => v.Title).IsLocalizedText();
            version.Property(v => v.Organisation).IsLocalizedText();
            version.Property(v => v.Kind).HasMaxLength(40);
            version.Property(v => v.Street).IsLocalizedText();
            version.Property(v => v.PostalCode).HasMaxLength(10);
            version.Property(v => v.City).IsLocalizedText();
            version.Property(v => v.Phone).HasMaxLength(40);
            version.Property(v => v.Web).HasMaxLength(400);
            version.Property(v => v.Languages).IsJson();
            version.Property(v => v.Topics).IsJson();
            version.Property(v => v.Appointment).IsLocalizedText();
            version.Property(v => v.Accessibility).IsLocalizedText();
            version.Property(v => v.Notes).IsLocalizedText();
            version.Property(v => v.Schedule).IsJson();
            version.Property(v => v.Exceptions).IsJson();
            version.Property(v => v.AuthorName).HasMaxLength(256);
            version.Property(v => v.PublishedBy).HasMaxLength(256);
            version.Property(v => v.AuthorId).HasMaxLength(450);
            version.Property(v => v.PublishedById).HasMaxLength(450);
            version.Property(v => v.TextUpdatedAt).HasConversion(new LocalizedTimesConverter(), LocalizedTimesConverter.Comparer).IsRequired();
            version.Ignore(v => v.IsDraft);
            version.Ignore(v => v.MainText);
            version.HasIndex(v => new { v.PointId, v.Number }).IsUnique();
            version.HasIndex(v => new { v.IsPublished, v.Id });
        });
    }
}
