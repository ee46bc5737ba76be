using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.AuditTrail;

/// <summary>Reading the whole audit trail at /admin/audit (administrators). Coordinators read their regions' events under reports.</summary>
public sealed class AuditTrailPermissions : IPermissionProvider
{
    public const string ViewAuditTrailPolicy = "AuditTrail.View";

    public static readonly Permission ViewAuditTrail = new(ViewAuditTrailPolicy, "Permission.ViewAuditTrail");

    public Type Strings => typeof(AuditTrailStrings);

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<KeyValuePair<string, IReadOnlyList<Permission>>> GetDefaultGrants() =>
        [new(Roles.Administrator, [ViewAuditTrail])];
}
