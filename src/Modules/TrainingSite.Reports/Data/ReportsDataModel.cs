using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Reports.Models;

namespace TrainingSite.Reports.Data;

public sealed class ReportsDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<LoggedSearch>(search =>
        {
            search.ToTable("SearchLog");
            search.Property(s => s.Query).HasMaxLength(LoggedSearch.QueryMaxLength);
            search.Property(s => s.Language).HasMaxLength(LoggedSearch.LanguageMaxLength);
            search.Property(s => s.RegionId).HasMaxLength(LoggedSearch.RegionIdMaxLength);
            search.Property(s => s.Audience).HasMaxLength(LoggedSearch.AudienceMaxLength);

            // No foreign key to the region: the log outlives a removed region and must never make a search fail.
            search.HasIndex(s => s.Day);
            search.HasIndex(s => new { s.RegionId, s.Day });
        });
}
