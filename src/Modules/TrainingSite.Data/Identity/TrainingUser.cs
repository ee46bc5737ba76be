using Microsoft.AspNetCore.Identity;

namespace TrainingSite.Data.Identity;

/// <summary>A person with an account: a learner, a coordinator, a network member or an administrator.</summary>
public class TrainingUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int OrganisationMaxLength = 150;

    public string DisplayName { get; set; } = string.Empty;

    public string? Organisation { get; set; }

    /// <summary>The region whose section the learner takes; null until chosen.</summary>
    public string? HomeRegionId { get; set; }

    /// <summary>fi, sv or en; null follows the browser.</summary>
    public string? PreferredLanguage { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an administrator: the account cannot sign in and its sessions end. Null: active.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>
    /// Set on the anonymous stand-in that keeps a deleted account's statistics (attempts, progress, revoked
    /// certificates) without identity: no name, no e-mail, no password, deactivated; not listed as a user.
    /// </summary>
    public DateTimeOffset? ErasedAt { get; set; }
}
