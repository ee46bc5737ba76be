using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates.Models;

namespace TrainingSite.Certificates.Services;

/// <summary>
/// Who may have a certificate's PDF: its holder, and whoever <see cref="CertificatesPermissions.Rules"/> lets view a
/// certificate of its region (the one regional handler decides). Everyone else is told it does not exist (404).
/// </summary>
public sealed class CertificateAccess(IAuthorizationService authorization)
{
    public async Task<bool> MayDownloadAsync(ClaimsPrincipal user, Certificate certificate, CancellationToken cancellationToken) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) == certificate.UserId
        || (await authorization.AuthorizeAsync(user, new RegionalResource(certificate.RegionId, CertificatesPermissions.Rules), RegionalOperation.View)).Succeeded;
}
