using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Courses.Models;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Identity;
using TrainingSite.Data.Regions;

namespace TrainingSite.Courses.Data;

public sealed class CoursesDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Course>(course =>
        {
            course.ToTable("Courses");
            course.Property(c => c.Id).HasMaxLength(100);
            course.Property(c => c.RegionId).HasMaxLength(100);
            course.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
            course.HasMany(c => c.Versions).WithOne().HasForeignKey(v => v.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasMany(c => c.Lessons).WithOne().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
            course.HasIndex(c => new { c.RegionId, c.SortOrder });
        });

        modelBuilder.Entity<CourseVersion>(version =>
        {
            version.ToTable("CourseVersions");
            MapVersion(version);
            version.Property(v => v.Summary).IsLocalizedText();
            version.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        });

        modelBuilder.Entity<Lesson>(lesson =>
        {
            lesson.ToTable("Lessons");
            lesson.Property(l => l.Id).HasMaxLength(100);
            lesson.HasMany(l => l.Versions).WithOne().HasForeignKey(v => v.LessonId).OnDelete(DeleteBehavior.Cascade);
            lesson.HasIndex(l => new { l.CourseId, l.SortOrder });
        });

        modelBuilder.Entity<LessonVersion>(version =>
        {
            version.ToTable("LessonVersions");
            MapVersion(version);
            version.Property(v => v.Body).IsLocalizedText();
            version.HasIndex(v => new { v.LessonId, v.Number }).IsUnique();
        });

        modelBuilder.Entity<LessonProgress>(progress =>
        {
            progress.ToTable("LessonProgress");
            progress.HasKey(p => new { p.UserId, p.LessonId });
            progress.Property(p => p.CourseId).HasMaxLength(100);
            progress.HasOne<TrainingUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
            progress.HasOne<Lesson>().WithMany().HasForeignKey(p => p.LessonId).OnDelete(DeleteBehavior.Cascade);
            progress.HasIndex(p => new { p.UserId, p.CourseId });

            // The reports' change stamp reads the latest of each (LearningFacts.ChangeStampAsync).
            progress.HasIndex(p => p.OpenedAt);
            progress.HasIndex(p => p.ReadAt);
        });
    }

    private static void MapVersion<TVersion>(EntityTypeBuilder<TVersion> version)
        where TVersion : ContentVersion
    {
        version.Property(v => v.Title).IsLocalizedText();
        version.Property(v => v.AuthorName).HasMaxLength(256);
        version.Property(v => v.PublishedBy).HasMaxLength(256);
        version.Property(v => v.AuthorId).HasMaxLength(450);
        version.Property(v => v.PublishedById).HasMaxLength(450);
        version.Property(v => v.TextUpdatedAt).HasConversion(new LocalizedTimesConverter(), LocalizedTimesConverter.Comparer).IsRequired();
        version.Ignore(v => v.IsDraft);
        version.Ignore(v => v.MainText);
    }
}
