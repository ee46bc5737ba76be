using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Net.Http.Headers;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Data;
using TrainingSite.Reports.Services;
using TrainingSite.Reports.Services.Learners;

namespace TrainingSite.Reports.Areas.Reports.Pages.Learners;

/// <summary>
/// /reports/learners.csv: the learners page's rows, every page of them, with the same filter and scope. The export is
/// recorded in the audit trail (with the filter) before the file is streamed.
/// </summary>
[Authorize(Policy = ReportsPermissions.ViewReportsPolicy)]
[RegionalList]
public sealed class CsvModel(
    ReportScopes scopes, LearnerFilterReader reader, LearnerStatuses statuses, LearnerCsv csv, IAuditTrail audit, TrainingDbContext db,
    IStringLocalizer<LearnerReportStrings> strings) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.ForAsync(User, cancellationToken);
        var options = await reader.OptionsAsync(scope, cancellationToken);
        var filter = LearnerFilterReader.Read(name => Request.Query[name].FirstOrDefault(), scope, options);
        if (filter.OutOfScope)
        {
            return NotFound();
        }

        if (!filter.IsValid)
        {
            return BadRequest(string.Join(" ", filter.Errors.Select(e => strings[e].Value)));
        }

        var rows = await statuses.AllAsync(scope, filter.Filter, cancellationToken);
        audit.Record(new AuditRecord(AuditKinds.ReportExported, AuditItemTypes.Report, "learners", strings["Learners.Title"], filter.Filter.RegionId, $"{filter.Filter}; rows={rows.Count}"));
        await db.SaveChangesAsync(cancellationToken);

        var name = strings["Csv.FileName", SiteTime.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)].Value;
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = name, FileName = Ascii(name) }.ToString();
        await csv.WriteAsync(Response.Body, rows, options, cancellationToken);
        return new EmptyResult();
    }

    private static string Ascii(string name) => new([.. name.Select(c => c < 128 ? c : '_')]);
}
