using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <summary>A user's mail choices: the stored row, or the defaults when they never chose.</summary>
public sealed class NotificationPreferencesStore(TrainingDbContext db, TimeProvider clock)
{
    public async Task<NotificationPreferences> ForAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<NotificationPreferences>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken)
        ?? new NotificationPreferences { UserId = userId };

    public async Task SaveAsync(string userId, bool mailCertificates, bool mailLessons, CancellationToken cancellationToken)
    {
        var stored = await db.Set<NotificationPreferences>().FirstOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        if (stored is null)
        {
            stored = new NotificationPreferences { UserId = userId };
            db.Add(stored);
        }

        stored.MailCertificates = mailCertificates;
        stored.MailLessons = mailLessons;
        stored.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
