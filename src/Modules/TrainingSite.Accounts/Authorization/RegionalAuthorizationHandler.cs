using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// The one resource-based handler for regional items: <c>authorization.AuthorizeAsync(User, resource, operation)</c>
/// succeeds when the user's <see cref="IRegionalAccess"/> scope for the operation includes the item's region.
/// </summary>
public sealed class RegionalAuthorizationHandler(IRegionalAccess access) : AuthorizationHandler<RegionalOperation, RegionalResource>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RegionalOperation requirement, RegionalResource resource)
    {
        var scope = await access.ScopeAsync(context.User, resource.Rules, requirement);
        if (scope.Includes(resource.RegionId))
        {
            context.Succeed(requirement);
        }
    }
}
