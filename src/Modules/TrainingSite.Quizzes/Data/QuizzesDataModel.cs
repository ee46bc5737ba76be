using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Identity;
using TrainingSite.Quizzes.Models;

namespace TrainingSite.Quizzes.Data;

public sealed class QuizzesDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Quiz>(quiz =>
        {
            quiz.ToTable("Quizzes");
            quiz.Property(q => q.Id).HasMaxLength(100);
            quiz.Property(q => q.CourseId).HasMaxLength(100);
            quiz.HasIndex(q => q.CourseId).IsUnique();
            quiz.HasMany(q => q.Versions).WithOne().HasForeignKey(v => v.QuizId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<QuizVersion>(version =>
        {
            version.ToTable("QuizVersions");
            version.Property(v => v.Title).IsLocalizedText();
            version.Property(v => v.AuthorName).HasMaxLength(256);
            version.Property(v => v.PublishedBy).HasMaxLength(256);
            version.Property(v => v.AuthorId).HasMaxLength(450);
            version.Property(v => v.PublishedById).HasMaxLength(450);
            version.Property(v => v.TextUpdatedAt).HasConversion(new LocalizedTimesConverter(), LocalizedTimesConverter.Comparer).IsRequired();
            version.Property(v => v.Questions).IsJson();
            version.Ignore(v => v.IsDraft);
            version.Ignore(v => v.MainText);
            version.HasIndex(v => new { v.QuizId, v.Number }).IsUnique();
        });

        modelBuilder.Entity<QuizAttempt>(attempt =>
        {
            attempt.ToTable("QuizAttempts");
            attempt.Property(a => a.Layout).IsJson();
            attempt.HasOne<Quiz>().WithMany().HasForeignKey(a => a.QuizId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasOne<QuizVersion>().WithMany().HasForeignKey(a => a.QuizVersionId).OnDelete(DeleteBehavior.Restrict);
            attempt.HasOne<TrainingUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasMany(a => a.Answers).WithOne().HasForeignKey(a => a.AttemptId).OnDelete(DeleteBehavior.Cascade);
            attempt.HasIndex(a => new { a.UserId, a.QuizId, a.Number }).IsUnique();

            // At most one open attempt per learner and quiz, whatever two tabs or a double click do.
            attempt.HasIndex(a => new { a.UserId, a.QuizId }).IsUnique().HasFilter("\"SubmittedAt\" IS NULL").HasDatabaseName("IX_QuizAttempts_OneOpen");

            // The reports' change stamp reads the latest submission (QuizFacts.ChangeStampAsync).
            attempt.HasIndex(a => a.SubmittedAt);
        });

        modelBuilder.Entity<QuizAnswer>(answer =>
        {
            answer.ToTable("QuizAnswers");
            answer.HasKey(a => new { a.AttemptId, a.QuestionId });
            answer.Property(a => a.QuestionId).HasMaxLength(100);
            answer.Property(a => a.ChoiceIds).HasMaxLength(1000);
            answer.Ignore(a => a.Chosen);
        });
    }
}
