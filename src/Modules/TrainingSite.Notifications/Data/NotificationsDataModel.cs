using Microsoft.EntityFrameworkCore;
using TrainingSite.Abstractions.Modules;
using TrainingSite.Data.Conversions;
using TrainingSite.Data.Identity;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Data;

public sealed class NotificationsDataModel : IEntityConfigurationSource
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Notification>(notification =>
        {
            notification.ToTable("Notifications");
            notification.Property(n => n.Kind).HasMaxLength(Notification.KindMaxLength);
            notification.Property(n => n.Url).HasMaxLength(Notification.UrlMaxLength);
            notification.Property(n => n.Subject).IsLocalizedText();
            notification.Property(n => n.Note).HasMaxLength(Notification.NoteMaxLength);
            notification.HasOne<TrainingUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);

            // The list (newest first), the header's unread count, and the mailer's outbox.
            notification.HasIndex(n => new { n.UserId, n.CreatedAt });
            notification.HasIndex(n => new { n.UserId, n.ReadAt });
            notification.HasIndex(n => n.MailPending);
        });

        modelBuilder.Entity<NotificationPreferences>(preferences =>
        {
            preferences.ToTable("NotificationPreferences");
            preferences.HasKey(p => p.UserId);
            preferences.HasOne<TrainingUser>().WithOne().HasForeignKey<NotificationPreferences>(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
