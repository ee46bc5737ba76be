namespace TrainingSite.Abstractions.Audit;

/// <summary>The kinds of event the trail records; stored as these strings, so never rename one.</summary>
public static class AuditKinds
{
    public const string ContentPublished = "content.published";
    public const string ContentDiscarded = "content.discarded";
    public const string ContentDeleted = "content.deleted";
    public const string ContentRestored = "content.restored";
    public const string ContentReordered = "content.reordered";

    /// <summary>Content holding learners' data taken out of use: hidden from learners, the data kept.</summary>
    public const string ContentArchived = "content.archived";

    /// <summary>Archived content brought back into use, in the published or draft state it had.</summary>
    public const string ContentUnarchived = "content.unarchived";

    /// <summary>Content deleted together with the learners' data it held (administrators only).</summary>
    public const string ContentPurged = "content.purged";

    public const string RecipeImported = "recipe.imported";

    /// <summary>Which permissions a role holds (/admin/roles).</summary>
    public const string RolePermissionsChanged = "role.permissions-changed";

    public const string UserRolesChanged = "user.roles-changed";
    public const string UserRegionsChanged = "user.regions-changed";
    public const string UserCreated = "user.created";
    public const string UserDeactivated = "user.deactivated";
    public const string UserReactivated = "user.reactivated";
    public const string UserDeleted = "user.deleted";
    public const string UserLockedOut = "user.locked-out";

    public const string CertificateIssued = "certificate.issued";
    public const string CertificateRevoked = "certificate.revoked";

    /// <summary>An administrator issued a new certificate in place of a revoked one.</summary>
    public const string CertificateReissued = "certificate.reissued";

    public const string ReportExported = "report.exported";
    public const string RemindersSent = "report.reminders-sent";

    public static readonly IReadOnlyList<string> All =
    [
        ContentPublished, ContentDiscarded, ContentDeleted, ContentRestored, ContentReordered, ContentArchived, ContentUnarchived, ContentPurged, RecipeImported,
        RolePermissionsChanged, UserRolesChanged, UserRegionsChanged, UserCreated, UserDeactivated, UserReactivated,
        UserDeleted, UserLockedOut, CertificateIssued, CertificateRevoked, CertificateReissued, ReportExported, RemindersSent,
    ];
}
