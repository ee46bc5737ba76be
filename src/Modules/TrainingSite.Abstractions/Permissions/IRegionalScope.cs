using System.Security.Claims;

namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// The one regional-scope check every module uses: may this user author content of a region?
/// Administrators may author everything; regional coordinators only their assigned regions;
/// national content (region null) only administrators. Read from the database on each call, so a
/// changed assignment applies at once.
/// </summary>
public interface IRegionalScope
{
    Task<bool> CanAuthorAsync(ClaimsPrincipal user, string? regionId, CancellationToken cancellationToken = default);

    /// <summary>The regions the user may author, or null when the user may author every region.</summary>
    Task<IReadOnlySet<string>?> AuthorableRegionsAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}
