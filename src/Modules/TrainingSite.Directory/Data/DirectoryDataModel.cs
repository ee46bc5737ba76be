using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Regions;
using TrainingSite.Directory.Models;

namespace TrainingSite.Directory.Data;

/// <summary>
/// One row per service point. The schedule and exceptions are values of the point, always read whole to
/// answer "open now", so they are JSON columns, as are the lists of languages and topics.
/// </summary>
public sealed class DirectoryDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ServicePoint>(point =>
        {
            point.ToTable("ServicePoints");
            point.Property(p => p.Id).HasMaxLength(100);
            point.Property(p => p.RegionId).HasMaxLength(100);
            point.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
            point.HasIndex(p => p.RegionId);
            point.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            point.Property(p => p.Name).IsLocalizedText();
            point.Property(p => p.Organisation).IsLocalizedText();
            point.Property(p => p.Kind).HasMaxLength(40);
            point.Property(p => p.Street).IsLocalizedText();
            point.Property(p => p.PostalCode).HasMaxLength(10);
            point.Property(p => p.City).IsLocalizedText();
            point.Property(p => p.Phone).HasMaxLength(40);
            point.Property(p => p.Web).HasMaxLength(400);
            point.Property(p => p.Languages).IsJson();
            point.Property(p => p.Topics).IsJson();
            point.Property(p => p.Appointment).IsLocalizedText();
            point.Property(p => p.Accessibility).IsLocalizedText();
            point.Property(p => p.Notes).IsLocalizedText();
            point.Property(p => p.Schedule).IsJson();
            point.Property(p => p.Exceptions).IsJson();
        });
}
