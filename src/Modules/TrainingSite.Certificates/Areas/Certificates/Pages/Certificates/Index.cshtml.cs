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
/// learner has earned but not yet received (for example, completed before the certificates module existed).
/// </summary>
[Authorize]
public sealed class IndexModel(CertificateIssuer issuer, CertificateStore store, TrainingDbContext db) : PageModel
{
    public IReadOnlyList<Certificate> Certificates { get; private set; } = [];

    public bool NeedsHomeRegion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        await issuer.IssueIfCompleteAsync(userId, cancellationToken);
        Certificates = await store.ForHolderAsync(userId, cancellationToken);
        NeedsHomeRegion = Certificates.Count == 0
            && await db.Users.Where(u => u.Id == userId).Select(u => u.HomeRegionId).FirstOrDefaultAsync(cancellationToken) is null;
    }
}
