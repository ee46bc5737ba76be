using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Authoring;
using TrainingSite.Data;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Learners;

/// <summary>
/// /reports/reminders: from the learners page's filter, a preview (how many, the mail in each recipient's language),
/// then sending. Both steps recompute the recipients from the filter within the caller's scope; the sending is
/// recorded in the audit trail with the count.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class RemindersModel(
    ReportScopes scopes, LearnerFilterReader reader, Reminders reminders, IAuditTrail audit, TrainingDbContext db, IStringLocalizer<LearnerReportStrings> strings) : PageModel
{
    public LearnerFilterRequest Filter { get; private set; } = null!;

    public IReadOnlyList<ReminderRecipient> Recipients { get; private set; } = [];

    /// <summary>The mail as each language among the recipients will read it (the name is a placeholder).</summary>
    public IReadOnlyList<ReminderMail> Mails { get; private set; } = [];

    public bool TooMany => Recipients.Count > Reminders.MaxRecipients;

    /// <summary>A reminder is only sent from the learners page: a GET shows nothing to send.</summary>
    public IActionResult OnGet() => LocalRedirect("/reports/learners");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        Mails = [.. Recipients.Select(r => r.Language).Distinct().Order(StringComparer.Ordinal).Select(l => reminders.Compose(l, strings["Reminder.NamePlaceholder"]))];
        return Page();
    }

    public async Task<IActionResult> OnPostSendAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Recipients.Count == 0 || TooMany)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await reminders.SendAsync(Recipients, cancellationToken);
        audit.Record(new AuditRecord(AuditKinds.RemindersSent, AuditItemTypes.Report, "learners", strings["Learners.Title"], Filter.Filter.RegionId, $"{Filter.Filter}; sent={Recipients.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        var sent = strings.Count("Reminder.Sent", Recipients.Count).Value;
        var query = Filter.Query();
        return AuthoringNotice.Redirect(this, sent, "/reports/learners" + (query.Length > 0 ? "?" + query : string.Empty));
    }

    /// <summary>Reads the filter and the recipients; a refusal (404 out of scope, 400 invalid) when they cannot be.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        var options = await reader.OptionsAsync(scope, cancellationToken);
        Filter = LearnerFilterReader.Read(name => Request.Form[name].FirstOrDefault(), scope, options);
        if (Filter.OutOfScope)
        {
            return NotFound();
        }

        if (!Filter.IsValid)
        {
            foreach (var error in Filter.Errors)
            {
                ModelState.AddModelError(string.Empty, strings[error]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Recipients = await reminders.RecipientsAsync(scope, Filter.Filter, cancellationToken);
        return null;
    }
}
