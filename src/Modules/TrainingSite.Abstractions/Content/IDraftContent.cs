using System.Security.Claims;

namespace TrainingSite.Abstractions.Content;

/// <summary>
/// Versioned content whose drafts wait to be published. Each module that owns such content implements this, so the
/// administration home can say how many drafts wait without the modules knowing each other.
/// </summary>
public interface IDraftContent
{
    /// <summary>
    /// How many items have a draft (a version never published) that <paramref name="user"/> may publish: the module
    /// decides with its own regional rules, so an item outside the user's scope is never counted. Null when the user
    /// may publish none of this content (nothing to say, rather than "0 drafts").
    /// </summary>
    Task<int?> CountDraftsAsync(ClaimsPrincipal user, CancellationToken cancellationToken);
}
