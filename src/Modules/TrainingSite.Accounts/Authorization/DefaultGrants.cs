using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// Which default grants to write: those of permissions not yet seeded, and only those. A permission seen before keeps
/// whatever administrators have made of its grants since.
/// </summary>
public static class DefaultGrants
{
    public sealed record Plan(IReadOnlyList<string> NewPermissions, IReadOnlyList<(string Role, string Permission)> Grants);

    public static Plan For(IEnumerable<IPermissionProvider> providers, IReadOnlySet<string> seeded)
    {
        var list = providers.ToList();
        var fresh = list.SelectMany(p => p.GetPermissions()).Select(p => p.Name)
            .Where(name => !seeded.Contains(name)).Distinct(StringComparer.Ordinal).ToList();
        var grants = list.SelectMany(p => p.GetDefaultGrants())
            .SelectMany(g => g.Value.Select(permission => (Role: g.Key, Permission: permission.Name)))
            .Where(g => fresh.Contains(g.Permission, StringComparer.Ordinal))
            .Distinct()
            .ToList();
        return new Plan(fresh, grants);
    }
}
