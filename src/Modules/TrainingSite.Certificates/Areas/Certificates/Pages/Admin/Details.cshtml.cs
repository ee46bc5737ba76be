using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Admin;

/// <summary>
/// /admin/certificates/{id}: one certificate's record, its PDFs, and revocation with a reason. Revoking is recorded
/// on the certificate (when, why, by whom) and in the log; the verification page shows it from the next request.
/// A revoked certificate can be reissued: a new certificate with a new code, never a second valid one.
/// </summary>
[Authorize(Policy = CertificatesPermissions.ManageCertificatesPolicy)]
public sealed class DetailsModel(
    CertificateStore store, CertificateIssuer issuer, IStringLocalizer<CertificatesStrings> strings, ILogger<DetailsModel> logger) : PageModel
{
    public Certificate Certificate { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonError { get; private set; }

    public bool JustRevoked { get; private set; }

    public bool JustReissued { get; private set; }

    /// <summary>For a revoked certificate: the holder's valid one, when they have one (reissued, or earned again).</summary>
    public Certificate? ValidReplacement { get; private set; }

    /// <summary>Why a reissue was refused, shown with a 409.</summary>
    public string? ReissueError { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, bool revoked, bool reissued, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(id, cancellationToken) is not { } certificate)
        {
            return NotFound();
        }

        (Certificate, JustRevoked, JustReissued) = (certificate, revoked && certificate.IsRevoked, reissued && !certificate.IsRevoked);
        await FindReplacementAsync(cancellationToken);
        return Page();
    }

    /// <summary>A new certificate with a new code in place of this revoked one; the revoked one stays, verifiable as revoked.</summary>
    public async Task<IActionResult> OnPostReissueAsync(int id, CancellationToken cancellationToken)
    {
        var (outcome, issued) = await issuer.ReissueAsync(id, cancellationToken);
        if (outcome == ReissueOutcome.NotFound)
        {
            return NotFound();
        }

        if (outcome == ReissueOutcome.Reissued)
        {
            logger.LogWarning("Certificate {CertificateId} reissued as {NewId} by user {UserId}", id, issued!.Id, User.FindFirstValue(ClaimTypes.NameIdentifier));
            return LocalRedirect($"/admin/certificates/{issued.Id}?reissued=true");
        }

        Certificate = (await store.FindAsync(id, cancellationToken))!;
        await FindReplacementAsync(cancellationToken);
        ReissueError = strings[$"Reissue.{outcome}"].Value;
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
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

    public static string Date(DateTimeOffset time) => CertificateSheets.Date(time, SiteCultures.Current);

    private async Task FindReplacementAsync(CancellationToken cancellationToken) =>
        ValidReplacement = Certificate.IsRevoked
            ? (await store.ForHolderAsync(Certificate.UserId, cancellationToken)).FirstOrDefault(c => !c.IsRevoked && c.Programme == Certificate.Programme)
            : null;
}
