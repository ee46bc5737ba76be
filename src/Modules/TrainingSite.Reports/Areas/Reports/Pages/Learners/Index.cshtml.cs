using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Learners;

/// <summary>
/// /reports/learners: the learners of the caller's regions with their progress, filtered by a GET form and paged.
/// The scope is applied in the query on the server; a region outside it answers 404 like one that does not exist.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class IndexModel(ReportScopes scopes, LearnerFilterReader reader, LearnerStatuses statuses, IStringLocalizer<LearnerReportStrings> strings) : PageModel
{
    public LearnerFilterOptions Options { get; private set; } = null!;

    public LearnerFilterRequest Filter { get; private set; } = null!;

    /// <summary>Null when the filter is invalid (the form shows why).</summary>
    public LearnerPage? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        Options = await reader.OptionsAsync(scope, cancellationToken);
        Filter = LearnerFilterReader.Read(name => Request.Query[name].FirstOrDefault(), scope, Options);
        if (Filter.OutOfScope)
        {
            return NotFound();
        }

        if (!Filter.IsValid)
        {
            foreach (var error in Filter.Errors)
            {
                ModelState.AddModelError(LearnerFilterFields.Of(error), strings[error]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Result = await statuses.PageAsync(scope, Filter.Filter, Filter.Page, cancellationToken);
        return Page();
    }
}
