using Microsoft.EntityFrameworkCore;

namespace TrainingSite.Abstractions.Modules;

/// <summary>A module's contribution to the single EF Core model.</summary>
public interface IEntityConfigurationSource
{
    void Configure(ModelBuilder modelBuilder);
}
