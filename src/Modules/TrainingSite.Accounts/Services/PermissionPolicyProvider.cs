using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Turns every declared permission into an authorization policy of the same name that the roles
/// granted that permission satisfy, so pages say <c>[Authorize(Policy = "Courses.EditNational")]</c>.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IEnumerable<IPermissionProvider> providers)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly Dictionary<string, AuthorizationPolicy> _policies = BuildPolicies(providers);

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        _policies.TryGetValue(policyName, out var policy) ? policy : await base.GetPolicyAsync(policyName);

    private static Dictionary<string, AuthorizationPolicy> BuildPolicies(IEnumerable<IPermissionProvider> providers)
    {
        var grants = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var provider in providers)
        {
            foreach (var permission in provider.GetPermissions())
            {
                grants.TryAdd(permission.Name, []);
            }

            foreach (var (role, permissions) in provider.GetDefaultGrants())
            {
                foreach (var permission in permissions)
                {
                    grants[permission.Name].Add(role);
                }
            }
        }

        return grants.ToDictionary(
            g => g.Key,
            g => new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(g.Value.Count == 0 ? [Roles.Administrator] : g.Value).Build());
    }
}
