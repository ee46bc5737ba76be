using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Core.Authoring;
using TrainingSite.Notifications.Services;

namespace TrainingSite.Notifications.Areas.Notifications.Pages.Notifications;

/// <summary>/notifications/settings: which notifications also come by mail (default: certificates only).</summary>
[Authorize]
public sealed class SettingsModel(NotificationPreferencesStore store, IStringLocalizer<NotificationsStrings> strings) : PageModel
{
    [BindProperty]
    public bool MailCertificates { get; set; }

    [BindProperty]
    public bool MailLessons { get; set; }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var preferences = await store.ForAsync(UserId, cancellationToken);
        (MailCertificates, MailLessons) = (preferences.MailCertificates, preferences.MailLessons);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // A checkbox posts "true" and its hidden twin "false": anything else is not from this form.
        if (!ModelState.IsValid)
        {
            return BadRequest();
        }

        await store.SaveAsync(UserId, MailCertificates, MailLessons, cancellationToken);
        return AuthoringNotice.Redirect(this, strings["Settings.Saved"], "/notifications/settings");
    }
}
