using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Accounts.Models;

namespace TrainingSite.Accounts.Data;

public sealed class AccountsDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SignInFailure>(failure =>
        {
            failure.ToTable("SignInFailures");
            failure.Property(f => f.AccountKey).HasMaxLength(SignInFailure.AccountKeyLength);
            failure.Property(f => f.Client).HasMaxLength(SignInFailure.ClientLength);

            // The throttle counts per account, per client and per both, always within a recent window.
            failure.HasIndex(f => new { f.AccountKey, f.FailedAt });
            failure.HasIndex(f => new { f.Client, f.FailedAt });
            failure.HasIndex(f => f.FailedAt);
        });

        modelBuilder.Entity<PermissionSeed>(seeded =>
        {
            seeded.ToTable("SeededPermissions");
            seeded.HasKey(s => s.Name);
            seeded.Property(s => s.Name).HasMaxLength(PermissionSeed.NameLength);
        });
    }
}
