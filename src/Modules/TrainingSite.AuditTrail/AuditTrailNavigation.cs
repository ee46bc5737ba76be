using TrainingSite.Abstractions.Navigation;

namespace TrainingSite.AuditTrail;

public sealed class AuditTrailNavigation : INavigationProvider
{
    public IEnumerable<NavigationEntry> GetEntries() =>
    [
        new(Menus.Admin, "Nav.AuditTrail", typeof(AuditTrailStrings), "/admin/audit", 50, AuditTrailPermissions.ViewAuditTrailPolicy),
    ];
}
