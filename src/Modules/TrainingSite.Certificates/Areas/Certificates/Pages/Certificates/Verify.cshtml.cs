using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Certificates;

/// <summary>
/// /certificates/verify (type a code) and /certificates/verify/{code} (the printed link and the QR code): valid,
/// revoked (with the date) or unknown, and for a real code what the certificate says, without e-mail or scores.
/// Open to everyone; lookups are rate-limited per client, and the answer is never cached, so a revocation shows at once.
/// </summary>
[EnableRateLimiting(RateLimitBuckets.CertificateVerify)]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class VerifyModel(CertificateStore store) : PageModel
{
    /// <summary>What the visitor typed, shown back in the field.</summary>
    public string? Code { get; private set; }

    public string? FormattedCode { get; private set; }

    public bool Invalid { get; private set; }

    public bool Unknown { get; private set; }

    public Certificate? Certificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? code, CancellationToken cancellationToken)
    {
        // The code comes from the route (printed link, QR code) or from the form's query string.
        Code = code?.Trim();
        if (string.IsNullOrEmpty(Code))
        {
            return Page();
        }

        Response.Headers["X-Robots-Tag"] = "noindex";
        if (!VerificationCode.TryParse(Code, out var canonical))
        {
            Invalid = true;
            Code = Code[..Math.Min(Code.Length, 64)];
            return StatusCodeResult(StatusCodes.Status400BadRequest);
        }

        FormattedCode = VerificationCode.Format(canonical);
        Certificate = await store.FindByCodeAsync(canonical, cancellationToken);
        Unknown = Certificate is null;
        return Unknown ? StatusCodeResult(StatusCodes.Status404NotFound) : Page();
    }

    private PageResult StatusCodeResult(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
