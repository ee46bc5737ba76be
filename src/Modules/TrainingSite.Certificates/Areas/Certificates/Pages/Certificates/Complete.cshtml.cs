using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Web;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Certificates;

/// <summary>
/// /certificates/complete: the finish of the package, marked. The learner's valid certificate (issued now if earned
/// and not yet received) with its PDFs in fi, sv and en and its public verification address. Without a valid
/// certificate there is nothing to celebrate: "My certificates" says why (not complete yet, no home region, revoked).
/// </summary>
[Authorize]
public sealed class CompleteModel(CertificateIssuer issuer, IPublicUrls urls) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    /// <summary>The verification address as printed on the certificate, from the configured public address.</summary>
    public string VerifyUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        if (await issuer.IssueIfCompleteAsync(userId, cancellationToken) is not { } certificate)
        {
            return LocalRedirect("/certificates");
        }

        Certificate = certificate;
        VerifyUrl = CertificateSheets.VerifyUrl(urls.BaseUrl, certificate);
        return Page();
    }

    public static string Date(DateTimeOffset time) => CertificateSheets.Date(time, SiteCultures.Current);
}
