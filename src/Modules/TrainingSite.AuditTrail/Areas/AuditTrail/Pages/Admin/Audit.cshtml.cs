using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Abstractions.Regions;
using TrainingSite.Abstractions.Reporting;
using TrainingSite.AuditTrail.Services;

namespace TrainingSite.AuditTrail.Areas.AuditTrail.Pages.Admin;

/// <summary>/admin/audit: every event, for administrators.</summary>
[Authorize(Policy = AuditTrailPermissions.ViewAuditTrailPolicy)]
public sealed class AuditModel(
    AuditEventQuery query, IRegionDirectory regions, ILearningFacts learning, IStringLocalizer<AuditTrailStrings> strings, IStringLocalizer<SharedStrings> shared)
    : AuditTrailPageModel(query, regions, learning, strings, shared)
{
    private static readonly RegionScope Everything = new(true, true, new HashSet<string>());

    public override string Path => "/admin/audit";

    protected override bool Administrator => true;

    protected override Task<RegionScope> ScopeAsync(CancellationToken cancellationToken) => Task.FromResult(Everything);
}
