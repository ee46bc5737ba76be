using System.Security.Claims;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Who may have a certificate's PDF: its holder, administrators and the coordinators of its region (the same
/// regional scope that decides authoring). Everyone else is told it does not exist (404), not that it is forbidden.
/// </summary>
public sealed class CertificateAccess(IRegionalScope scope)
{
    public async Task<bool> MayDownloadAsync(ClaimsPrincipal user, Certificate certificate, CancellationToken cancellationToken) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) == certificate.UserId
        || await scope.CanAuthorAsync(user, certificate.RegionId, cancellationToken);
}
