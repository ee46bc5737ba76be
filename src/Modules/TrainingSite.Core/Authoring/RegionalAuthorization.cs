using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Core.Authoring;

/// <summary>
/// For the handlers of list and create pages (marked <see cref="RegionalListAttribute"/>) that act on a region the form
/// names: the same resource-based decision the regional page filter makes for pages on one item.
/// </summary>
public static class RegionalAuthorization
{
    public static async Task<bool> MayAsync(this IAuthorizationService authorization, ClaimsPrincipal user, string? regionId, RegionalRules rules, RegionalOperation operation)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        return (await authorization.AuthorizeAsync(user, new RegionalResource(regionId, rules), operation)).Succeeded;
    }
}
