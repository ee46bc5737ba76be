using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Regions;
using TrainingSite.Guidance.Models;

namespace TrainingSite.Guidance.Data;

/// <summary>
/// Topics, articles with their versions, and what every node's search index reads from the database: the
/// indexing tasks (an outbox) and the index's shared state. The index itself is on each node's disk.
/// </summary>
public sealed class GuidanceDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Topic>(topic =>
        {
            topic.ToTable("Topics");
            topic.Property(t => t.Id).HasMaxLength(100);
            topic.Property(t => t.Name).IsLocalizedText();
        });

        modelBuilder.Entity<GuidanceArticle>(article =>
        {
            article.ToTable("GuidanceArticles");
            article.Property(a => a.Id).HasMaxLength(100);
            article.Property(a => a.RegionId).HasMaxLength(100);
            article.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
            article.HasMany(a => a.Versions).WithOne().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasIndex(a => a.RegionId);
        });

        modelBuilder.Entity<GuidanceArticleVersion>(version =>
        {
            version.ToTable("GuidanceArticleVersions");
            version.Property(v => v.Title).IsLocalizedText();
            version.Property(v => v.Body).IsLocalizedText();
            version.Property(v => v.TopicId).HasMaxLength(100);
            version.Property(v => v.Audience).HasMaxLength(20);
            version.Property(v => v.Tags).IsJson();
            version.Property(v => v.AuthorName).HasMaxLength(256);
            version.Property(v => v.PublishedBy).HasMaxLength(256);
            version.Property(v => v.AuthorId).HasMaxLength(450);
            version.Property(v => v.PublishedById).HasMaxLength(450);
            version.Property(v => v.TextUpdatedAt).HasConversion(new LocalizedTimesConverter(), LocalizedTimesConverter.Comparer).IsRequired();
            version.Ignore(v => v.IsDraft);
            version.Ignore(v => v.MainText);
            version.HasOne<Topic>().WithMany().HasForeignKey(v => v.TopicId).OnDelete(DeleteBehavior.Restrict);
            version.HasIndex(v => new { v.ArticleId, v.Number }).IsUnique();
        });

        modelBuilder.Entity<GuidanceIndexingTask>(task =>
        {
            task.ToTable("GuidanceIndexingTasks");
            task.Property(t => t.ArticleId).HasMaxLength(100);
            task.HasIndex(t => t.CreatedAt);
        });

        modelBuilder.Entity<SearchIndexState>(state =>
        {
            state.ToTable("GuidanceSearchState");
            state.HasKey(s => s.Key);
            state.Property(s => s.Key).HasMaxLength(100);
            state.Property(s => s.Value).HasMaxLength(400);
        });
    }
}
