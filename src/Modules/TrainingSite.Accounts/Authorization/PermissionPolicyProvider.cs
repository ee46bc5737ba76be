using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// Turns every declared permission into an authorization policy of the same name, satisfied by holding the
/// permission: a claim of type <see cref="TrainingClaims.Permission"/>, which the sign-in cookie carries from the
/// user's roles' claims in the database (rebuilt at every session validation). Which role holds what is data,
/// edited at /admin/roles, so no role name appears here.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, IEnumerable<IPermissionProvider> providers)
    : DefaultAuthorizationPolicyProvider(options)
{
    private readonly Dictionary<string, AuthorizationPolicy> _policies = providers
        .SelectMany(p => p.GetPermissions())
        .DistinctBy(p => p.Name)
        .ToDictionary(p => p.Name, p => PolicyFor(p.Name), StringComparer.Ordinal);

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        _policies.TryGetValue(policyName, out var policy) ? policy : await base.GetPolicyAsync(policyName);

    private static AuthorizationPolicy PolicyFor(string permission) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireClaim(TrainingClaims.Permission, permission).Build();
}
