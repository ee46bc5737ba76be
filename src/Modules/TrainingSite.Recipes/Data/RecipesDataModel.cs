using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Recipes.Models;

namespace TrainingSite.Recipes.Data;

public sealed class RecipesDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<RecipeImport>(import =>
        {
            import.ToTable("RecipeImports");
            import.Property(i => i.Name).HasMaxLength(200);
            import.Property(i => i.Sha256).HasMaxLength(64);
            import.Property(i => i.Source).HasMaxLength(256);
        });
}
