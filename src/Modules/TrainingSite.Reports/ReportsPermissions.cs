using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Reports;

/// <summary>
/// Reading reports. <see cref="ViewReports"/> opens the area and covers the regions a user coordinates (every region
/// for a holder of the all-regions permission); <see cref="ViewNational"/> adds the learners without a home region and
/// the national comparison across regions. <see cref="Rules"/> decide per region, through the one regional mechanism.
/// </summary>
public sealed class ReportsPermissions : IPermissionProvider
{
    public const string ViewReportsPolicy = "Reports.View";
    public const string ViewNationalPolicy = "Reports.ViewNational";

    public static readonly Permission ViewReports = new(ViewReportsPolicy, "Permission.ViewReports");
    public static readonly Permission ViewNational = new(ViewNationalPolicy, "Permission.ViewNationalReports");

    public static readonly RegionalRules Rules = new RegionalRules()
        .Allow(new RegionalGrant(ViewReports, ViewNational), RegionalOperation.ViewReports);

    public Type Strings => typeof(ReportsStrings);

    public IEnumerable<Permission> GetPermissions() => [ViewReports, ViewNational];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
    [
        new(Roles.Administrator, [ViewReports, ViewNational]),
        new(Roles.RegionalCoordinator, [ViewReports]),
    ];
}
