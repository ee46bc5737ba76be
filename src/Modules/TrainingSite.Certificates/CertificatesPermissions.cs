using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Certificates;

/// <summary>
/// Listing and revoking certificates is for administrators. Downloading someone else's PDF follows <see cref="Rules"/>:
/// its holder always may; others by the regional rule (coordinators their regions' certificates, a holder of the
/// all-regions permission every region's, a certificate without a region only with <see cref="ManageCertificates"/>).
/// </summary>
public sealed class CertificatesPermissions : IPermissionProvider
{
    public const string ManageCertificatesPolicy = "Certificates.Manage";
    public const string ViewOwnRegionPolicy = "Certificates.ViewOwnRegion";

    public static readonly Permission ManageCertificates = new(ManageCertificatesPolicy, "Permission.ManageCertificates");
    public static readonly Permission ViewOwnRegion = new(ViewOwnRegionPolicy, "Permission.ViewOwnRegionCertificates");

    /// <summary>Viewing (downloading) a certificate of another person.</summary>
    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new RegionalGrant(ViewOwnRegion, ManageCertificates), RegionalOperation.View);

    public Type Strings => typeof(CertificatesStrings);

    public IEnumerable<Permission> GetPermissions() => [ManageCertificates, ViewOwnRegion];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ManageCertificates, ViewOwnRegion]),
        new(Roles.RegionalCoordinator, [ViewOwnRegion]),
    ];
}
