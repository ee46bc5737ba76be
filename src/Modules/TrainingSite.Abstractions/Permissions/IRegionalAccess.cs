using System.Security.Claims;

namespace TrainingSite.Abstractions.Permissions;

/// <summary>
/// The one regional rule, from the user's permissions (role claims an administrator edits at /admin/roles) and the
/// regions they coordinate (read from the database, so a changed assignment applies at once). Single items are
/// authorized through ASP.NET Core's <c>IAuthorizationService</c> with a <see cref="RegionalResource"/>; this
/// service answers the question lists need: where may this user perform the operation?
/// </summary>
public interface IRegionalAccess
{
    Task<RegionScope> ScopeAsync(ClaimsPrincipal user, RegionalRules rules, RegionalOperation operation, CancellationToken cancellationToken = default);
}
