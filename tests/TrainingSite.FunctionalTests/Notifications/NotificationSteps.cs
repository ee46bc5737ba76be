using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Notifications;
using TrainingSite.Data;
using TrainingSite.Notifications.Models;
using TrainingSite.Notifications.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Notifications;

/// <summary>Reading and writing notifications the way the site does, and reading the header and the list as a person would.</summary>
public static class NotificationSteps
{
    /// <summary>Notifies through the site's <see cref="INotifier"/> and saves, as a module's change would.</summary>
    public static Task NotifyAsync(SiteFactory site, string userId, string kind, string url, string? title = null) =>
        site.WithServiceAsync(async services =>
        {
            services.GetRequiredService<INotifier>().Notify(userId, kind, url, title is null ? null : new LocalizedText(new Dictionary<string, string> { ["fi"] = title, ["en"] = title }));
            return await services.GetRequiredService<TrainingDbContext>().SaveChangesAsync();
        });

    public static Task<List<Notification>> OfAsync(SiteFactory site, string userId) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.UserId == userId).OrderBy(n => n.Id).ToListAsync());

    public static Task<List<Notification>> AboutAsync(SiteFactory site, string url) =>
        site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<Notification>().AsNoTracking()
            .Where(n => n.Url == url).OrderBy(n => n.Id).ToListAsync());

    /// <summary>Runs the mailer once now (it also runs by itself), so a test knows every pending mail was decided.</summary>
    public static Task<int> SendPendingMailAsync(SiteFactory site) =>
        site.Services.GetRequiredService<NotificationMailer>().SendBatchAsync(CancellationToken.None);

    /// <summary>The header link's accessible name: its aria-label, else its text without what is hidden from screen readers.</summary>
    public static string? HeaderName(IDocument page)
    {
        if (page.QuerySelector("header a.notifications-link") is not { } link)
        {
            return null;
        }

        if (link.GetAttribute("aria-label") is { } label)
        {
            return label;
        }

        var copy = (IElement)link.Clone();
        foreach (var hidden in copy.QuerySelectorAll("[aria-hidden=true]").ToList())
        {
            hidden.Remove();
        }

        return System.Text.RegularExpressions.Regex.Replace(copy.TextContent, @"\s+", " ").Trim();
    }

    public static string? HeaderBadge(IDocument page) => page.QuerySelector("header a.notifications-link .count-badge")?.TextContent.Trim();

    /// <summary>The items of /notifications: each one's link text and address, and whether it is marked unread.</summary>
    public static List<(string Text, string Href, bool Unread)> Items(IDocument page) =>
        [.. page.QuerySelectorAll("ol.notification-list > li").Select(item =>
        {
            var link = item.QuerySelector(".notification-text a")!;
            return (link.TextContent.Trim(), link.GetAttribute("href")!, item.ClassList.Contains("notification--unread"));
        })];

    /// <summary>How many mails the site wrote to this address (waiting a little for the background queue).</summary>
    public static async Task<int> MailCountAsync(SiteFactory site, string email, TimeSpan settle)
    {
        await Task.Delay(settle);
        return Directory.Exists(site.MailFolder)
            ? Directory.GetFiles(site.MailFolder, "*.eml").Count(file => File.ReadAllText(file).Contains(email, StringComparison.OrdinalIgnoreCase))
            : 0;
    }
}
