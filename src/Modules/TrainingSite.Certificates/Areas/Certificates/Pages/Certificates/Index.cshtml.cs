using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;
using TrainingSite.Data;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Certificates;

/// <summary>
/// /certificates: the learner's certificates with a PDF per language. Opening it also issues a certificate the
/// learner has earned but not yet received (for example, completed before the certificates module existed). A learner
/// whose certificate was revoked is told why (the reason, when one was given) and how to receive a new one.
/// </summary>
[Authorize]
public sealed class IndexModel(CertificateIssuer issuer, CertificateStore store, TrainingDbContext db) : PageModel
{
    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public bool NeedsHomeRegion { get; private set; }

    /// <summary>The latest revoked certificate when the learner holds no valid one: they are told why, and what to do.</summary>
    public Certificate? Revoked => Certificates.Count > 0 && Certificates[0].IsRevoked ? Certificates[0] : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await issuer.IssueIfCompleteAsync(userId, cancellationToken);
        // The valid certificate first, then the revoked ones, newest first.
        Certificates = [.. (await store.ForHolderAsync(userId, cancellationToken)).OrderBy(c => c.IsRevoked).ThenByDescending(c => c.Id)];
        NeedsHomeRegion = Certificates.Count == 0
            && await db.Users.Where(u => u.Id == userId).Select(u => u.HomeRegionId).FirstOrDefaultAsync(cancellationToken) is null;
    }
}
