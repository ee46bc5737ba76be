using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TrainingSite.Certificates.Models;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates.Areas.Certificates.Pages.Admin;

/// <summary>/admin/certificates: the newest certificates, or those whose holder or code matches the search.</summary>
[Authorize(Policy = CertificatesPermissions.ManageCertificatesPolicy)]
public sealed class IndexModel(CertificateStore store) : PageModel
{
    public string? Query { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<Certificate> Rows { get; private set; } = [];

    public async Task OnGetAsync(string? q, CancellationToken cancellationToken)
    {
        Query = string.IsNullOrWhiteSpace(q) ? null : q.Trim()[..Math.Min(q.Trim().Length, 100)];
        (Rows, Total) = await store.SearchAsync(Query, cancellationToken);
    }
}
