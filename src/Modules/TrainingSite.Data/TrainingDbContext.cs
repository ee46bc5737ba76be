using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Identity;
using TrainingSite.Data.Regions;

namespace TrainingSite.Data;

/// <summary>
/// The site's one EF Core context. The kernel maps users, regions and Data Protection keys; every
/// module adds its entities through an <see cref="IEntityConfigurationSource"/>.
/// </summary>
public class TrainingDbContext(DbContextOptions<TrainingDbContext> options, IEnumerable<IEntityConfigurationSource> modules)
    : IdentityDbContext<TrainingUser>(options), IDataProtectionKeyContext
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<RegionCoordinator> RegionCoordinators => Set<RegionCoordinator>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<TrainingUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(TrainingUser.DisplayNameMaxLength);
            user.Property(u => u.Organisation).HasMaxLength(TrainingUser.OrganisationMaxLength);
            user.Property(u => u.PreferredLanguage).HasMaxLength(8);
            user.Property(u => u.HomeRegionId).HasMaxLength(100);
            user.HasOne<Region>().WithMany().HasForeignKey(u => u.HomeRegionId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<Region>(region =>
        {
            region.ToTable("Regions");
            region.Property(r => r.Id).HasMaxLength(100);
            region.Property(r => r.Name).IsLocalizedText();
        });

        builder.Entity<RegionCoordinator>(assignment =>
        {
            assignment.ToTable("RegionCoordinators");
            assignment.HasKey(a => new { a.UserId, a.RegionId });
            assignment.HasOne<TrainingUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            assignment.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Cascade);
        });

        foreach (var module in modules)
        {
            module.Configure(builder);
        }
    }
}
