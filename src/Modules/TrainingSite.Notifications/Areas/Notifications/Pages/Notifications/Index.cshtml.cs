using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Core.Authoring;
using TrainingSite.Core.Localization;
using TrainingSite.Notifications.Models;
using TrainingSite.Notifications.Services;

namespace TrainingSite.Notifications.Areas.Notifications.Pages.Notifications;

/// <summary>
/// /notifications: the signed-in user's own notifications, newest first, a page at a time, with "mark as read" for
/// one and for all as plain POST forms (antiforgery checked by Razor Pages; no JavaScript needed). A notification
/// that is not the caller's is answered 404, the same as one that does not exist.
/// </summary>
[Authorize]
public sealed class IndexModel(NotificationInbox inbox, IStringLocalizer<NotificationsStrings> strings) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Notification> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Unread { get; private set; }

    public int PageCount => Math.Min(NotificationInbox.MaxPage, Math.Max(1, (Total + NotificationInbox.PageSize - 1) / NotificationInbox.PageSize));

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Clamp(PageNumber, 1, NotificationInbox.MaxPage);
        (Rows, Total) = await inbox.PageAsync(UserId, PageNumber, cancellationToken);
        if (Rows.Count == 0 && PageNumber > 1)
        {
            return NotFound();
        }

        Unread = await inbox.UnreadCountAsync(UserId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(long id, int? returnPage, CancellationToken cancellationToken)
    {
        if (!await inbox.MarkReadAsync(UserId, id, cancellationToken))
        {
            return NotFound();
        }

        return AuthoringNotice.Redirect(this, strings["Read.Done"], PageUrl(returnPage));
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        var marked = await inbox.MarkAllReadAsync(UserId, cancellationToken);
        return AuthoringNotice.Redirect(this, strings.Count("ReadAll.Done", marked), "/notifications");
    }

    public string Message(Notification notification) => NotificationText.Message(strings, notification);

    public static string When(Notification notification) => SiteTime.DateTime(Utc(notification));

    /// <summary>The machine-readable time for the time element.</summary>
    public static string Iso(Notification notification) => Utc(notification).ToString("o", CultureInfo.InvariantCulture);

    private static DateTimeOffset Utc(Notification notification) => new(DateTime.SpecifyKind(notification.CreatedAt, DateTimeKind.Utc));

    public static string PageUrl(int? page) => page is > 1 and <= NotificationInbox.MaxPage ? $"/notifications?page={page}" : "/notifications";
}
