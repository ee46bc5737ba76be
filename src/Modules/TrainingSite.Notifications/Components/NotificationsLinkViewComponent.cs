using System.Security.Claims;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Notifications.Services;

namespace TrainingSite.Notifications.Components;

/// <summary>
/// The header's link to /notifications with the unread count: the layout's one line
/// <c>@await Component.InvokeAsync("NotificationsLink")</c>. Its accessible name (aria-label) says the count in words
/// ("Ilmoitukset, 3 lukematonta"); the visible badge repeats the number and is hidden from screen readers.
/// Renders nothing for a visitor. Built in code, so no view has to be found in the host's locations.
/// </summary>
public sealed class NotificationsLinkViewComponent(NotificationInbox inbox, IStringLocalizer<NotificationsStrings> strings) : ViewComponent
{
    private static readonly object UnreadKey = new();

    public async Task<IViewComponentResult> InvokeAsync()
    {
        if (UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return new HtmlContentViewComponentResult(HtmlString.Empty);
        }

        // The layout shows the link twice (the header on a phone, the account menu on a wide screen): counted once.
        if (HttpContext.Items[UnreadKey] is not int unread)
        {
            HttpContext.Items[UnreadKey] = unread = await inbox.UnreadCountAsync(userId, HttpContext.RequestAborted);
        }

        var link = new TagBuilder("a");
        link.Attributes["href"] = "/notifications";
        link.AddCssClass("notifications-link");
        if (HttpContext.Request.Path.StartsWithSegments("/notifications", StringComparison.OrdinalIgnoreCase))
        {
            link.Attributes["aria-current"] = "page";
        }

        link.InnerHtml.Append(strings["Header.Link"]);
        if (unread > 0)
        {
            // One name for screen readers, in words and with the right plural; the badge repeats the number for the eye.
            link.Attributes["aria-label"] = $"{strings["Header.Link"].Value}, {strings.Count("Header.Unread", unread).Value}";
            var badge = new TagBuilder("span");
            badge.AddCssClass("count-badge");
            badge.Attributes["aria-hidden"] = "true";
            badge.InnerHtml.Append(unread > 99 ? "99+" : unread.ToString(System.Globalization.CultureInfo.CurrentCulture));
            link.InnerHtml.Append(" "); // the visible text reads "Ilmoitukset 3", which the name contains (WCAG 2.5.3)
            link.InnerHtml.AppendHtml(badge);
        }

        return new HtmlContentViewComponentResult(link);
    }
}
