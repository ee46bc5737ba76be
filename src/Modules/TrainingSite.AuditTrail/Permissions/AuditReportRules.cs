using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.AuditTrail.Permissions;

/// <summary>
/// Who reads which events at /reports/audit: the reports' own permissions and rule (declared by the Reports module
/// as <c>ReportsPermissions</c>, repeated here by name because modules do not reference each other), so a coordinator
/// sees the events of exactly the regions whose reports they see, and events with no region only with the national one.
/// </summary>
public static class AuditReportRules
{
    public const string ViewReportsPolicy = "Reports.View";

    public static readonly Permission ViewReports = new(ViewReportsPolicy, "Permission.ViewReports");

    public static readonly Permission ViewNational = new("Reports.ViewNational", "Permission.ViewNationalReports");

    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new RegionalGrant(ViewReports, ViewNational), RegionalOperation.ViewReports);
}
