using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Certificates;

/// <summary>
/// Listing and revoking certificates is for administrators. Downloading someone else's PDF needs no permission of
/// its own: the holder, administrators and the coordinators of the certificate's region may (the regional scope).
/// </summary>
public sealed class CertificatesPermissions : IPermissionProvider
{
    public const string ManageCertificatesPolicy = "Certificates.Manage";

    public static readonly Permission ManageCertificates = new(ManageCertificatesPolicy, "Permission.ManageCertificates");

    public IEnumerable<Permission> GetPermissions() => [ManageCertificates];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [new(Roles.Administrator, [ManageCertificates])];
}
