using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Glossary.Models;

namespace TrainingSite.Glossary.Data;

public sealed class GlossaryDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<GlossaryTerm>(term =>
        {
            term.ToTable("GlossaryTerms");
            term.Property(t => t.Id).HasMaxLength(100);
            term.Property(t => t.Term).IsLocalizedText();
            term.Property(t => t.Explanation).IsLocalizedText();
            term.Property(t => t.Forms).IsJson();
        });
}
