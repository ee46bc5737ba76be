using Microsoft.EntityFrameworkCore;
using TrainingSite.Data;
using TrainingSite.Notifications.Models;

namespace TrainingSite.Notifications.Services;

/// <summary>A user's own notifications: the page of them, the unread count, marking read. Every query is by the owner's id.</summary>
public sealed class NotificationInbox(TrainingDbContext db, TimeProvider clock)
{
    public const int PageSize = 20;

    /// <summary>Pages beyond this are not offered (a user with 20,000 notifications reads the newest).</summary>
    public const int MaxPage = 1000;

    public Task<int> UnreadCountAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Notification>().CountAsync(n => n.UserId == userId && n.ReadAt == null, cancellationToken);

    /// <summary>Newest first; <paramref name="page"/> counts from 1.</summary>
    public async Task<(IReadOnlyList<Notification> Rows, int Total)> PageAsync(string userId, int page, CancellationToken cancellationToken)
    {
        var mine = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
        var total = await mine.CountAsync(cancellationToken);
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Skip((Math.Clamp(page, 1, MaxPage) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>False when the user has no such notification (someone else's is the same as none).</summary>
    public async Task<bool> MarkReadAsync(string userId, long id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = db.Set<Notification>().Where(n => n.Id == id && n.UserId == userId);
        return await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken) > 0
            || await mine.AnyAsync(cancellationToken);
    }

    public Task<int> MarkAllReadAsync(string userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<Notification>().Where(n => n.UserId == userId && n.ReadAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
