using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Admin;

/// <summary>
/// /admin/certificates/{id}: one certificate's record, its PDFs, and revocation with a reason. Revoking is recorded
/// on the certificate (when, why, by whom) and in the log; the verification page shows it from the next request.
/// </summary>
[Authorize(Policy = CertificatesPermissions.ManageCertificatesPolicy)]
public sealed class DetailsModel(CertificateStore store, IStringLocalizer<CertificatesStrings> strings, ILogger<DetailsModel> logger) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    public bool JustRevoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool revoked, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        (Certificate, JustRevoked) = (certificate, revoked && certificate.IsRevoked);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        Certificate = certificate;
        var reason = Reason?.Trim() ?? string.Empty;
        ReasonError = reason.Length == 0 ? strings["Revoke.ReasonRequired"].Value
            : reason.Length > Certificate.ReasonMaxLength ? strings["Revoke.ReasonTooLong", Certificate.ReasonMaxLength].Value : null;
        if (ReasonError is not null)
        {
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        var by = $"{User.FindFirstValue(TrainingClaims.DisplayName) ?? User.Identity?.Name} <{User.Identity?.Name}>";
        if (!await store.RevokeAsync(id, reason, by, cancellationToken))
        {
            return StatusCode(StatusCodes.Status409Conflict);
        }

        // The log names the administrator by user id: names and e-mail addresses stay out of logs.
        logger.LogWarning("Certificate {CertificateId} revoked by user {UserId}: {Reason}", id, User.FindFirstValue(ClaimTypes.NameIdentifier), reason);
        return LocalRedirect($"/admin/certificates/{id}?revoked=true");
    }
}
