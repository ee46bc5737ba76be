using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.AuditTrail.Permissions;
using TrainingSite.AuditTrail.Services;

namespace TrainingSite.AuditTrail.Areas.AuditTrail.Pages.Reports;

/// <summary>/reports/audit: the events of the regions whose reports the user reads (with the national permission, also those with no region).</summary>
[Authorize(Policy = AuditReportRules.ViewReportsPolicy)]
[RegionalList]
public sealed class AuditModel(
    IRegionalAccess access, AuditEventQuery query, IRegionDirectory regions, ILearningFacts learning, IStringLocalizer<AuditTrailStrings> strings, IStringLocalizer<SharedStrings> shared)
    : AuditTrailPageModel(query, regions, learning, strings, shared)
{
    public override string Path => "/reports/audit";

    protected override bool Administrator => false;

    protected override Task<RegionScope> ScopeAsync(CancellationToken cancellationToken) =>
        access.ScopeAsync(User, AuditReportRules.Rules, RegionalOperation.ViewReports, cancellationToken);
}
