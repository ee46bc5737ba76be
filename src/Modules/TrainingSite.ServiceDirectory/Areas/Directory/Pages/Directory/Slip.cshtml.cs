using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Directory;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Localization;
using TrainingSite.Core.Pdf;
using TrainingSite.ServiceDirectory.Services;
using TrainingSite.ServiceDirectory.Slip;

namespace TrainingSite.ServiceDirectory.Areas.Directory.Pages.Directory;

/// <summary>
/// POST /directory/{id}/slip: a referral slip for the customer in the language chosen for them, as a printable page
/// or a one-page PDF. What the counsellor writes is put on the slip only: never stored, logged or put in a URL, and
/// the answer is not cached. A bad field shows the form again with its message (400). Anonymous, as the point page is;
/// posts count against the forms' rate limit (a PDF costs a few milliseconds of CPU).
/// </summary>
[EnableRateLimiting(RateLimitBuckets.Forms)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class SlipModel(
    PublishedServicePoints points,
    SlipComposer composer,
    SlipPdfs pdfs,
    TimeProvider clock,
    IStringLocalizer<ServiceDirectoryStrings> strings,
    ILogger<SlipModel> logger) : PageModel
{
    public PublishedServicePoint Point { get; private set; } = null!;

    /// <summary>The slip to show; null when the form is shown again with its problems.</summary>
    public SlipContent? Slip { get; private set; }

    public SlipFormView Form { get; private set; } = null!;

    /// <summary>The slip is made by posting the point page's form; a plain visit goes to that page.</summary>
    public IActionResult OnGet(string id) => LocalRedirect(ServicePointLinks.PagePath(id));

    public async Task<IActionResult> OnPostAsync(string id, [FromForm] string? language, [FromForm] string? bring, [FromForm] string? format, CancellationToken cancellationToken)
    {
        if (await PointModel.LoadAsync(id, points, cancellationToken) is not { } point)
        {
            return NotFound();
        }

        Point = point;
        var request = SlipRequest.Of(language, bring, format);
        var problems = request.Problems();
        if (problems.Count > 0)
        {
            foreach (var (field, key) in problems)
            {
                ModelState.AddModelError(field, strings[key, SlipRequest.MaxBringLength]);
            }

            Form = new SlipFormView(point.Id, SiteCultures.IsSupported(request.Language) ? request.Language : SiteCultures.Current, request.Bring);
            var again = Page();
            again.StatusCode = StatusCodes.Status400BadRequest;
            return again;
        }

        var slip = composer.For(point, request.Language, request.Bring, clock.GetUtcNow());
        if (request.Format == SlipRequest.Html)
        {
            Slip = slip;
            Form = new SlipFormView(point.Id, request.Language, request.Bring);
            return Page();
        }

        byte[] pdf;
        try
        {
            pdf = pdfs.Render(slip);
        }
        catch (PdfFontsMissingException exception)
        {
            // The message names the missing font and the setting; nothing of the slip's text is logged.
            logger.LogError(exception, "Referral slip PDF not made: {Problem}", exception.Message);
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        return File(pdf, "application/pdf", $"{strings.In(request.Language, "Slip.FileName")}-{point.Id}-{request.Language}.pdf");
    }
}
