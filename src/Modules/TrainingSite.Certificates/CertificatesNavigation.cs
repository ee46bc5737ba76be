using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.Certificates;

public sealed class CertificatesNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Main, "Nav.MyCertificates", typeof(CertificatesStrings), "/certificates", 30, Policies.Authenticated),
        new(Menus.Main, "Nav.Verify", typeof(CertificatesStrings), "/certificates/verify", 90),
        new(Menus.Admin, "Nav.Certificates", typeof(CertificatesStrings), "/admin/certificates", 40, CertificatesPermissions.ManageCertificatesPolicy),
    ];
}
