using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.Accounts.Authorization;

/// <summary>
/// The regional rule as a pure function. The operation's grant (none: nowhere); the national part with the grant's
/// national permission; regions with its own-region permission: every region for a holder of
/// <see cref="AccountsPermissions.AllRegions"/>, otherwise the regions the user coordinates.
/// </summary>
public static class RegionScopes
{
    /// <param name="coordinatedRegions">Asked only when the answer depends on it (a database read).</param>
    public static async Task<RegionScope> DecideAsync(
        RegionalGrant? grant, Func<Permission, bool> holds, Func<Task<IReadOnlySet<string>>> coordinatedRegions)
    {
        if (grant is null)
        {
            return RegionScope.None;
        }

        var national = holds(grant.National);
        if (!holds(grant.OwnRegion))
        {
            return national ? new RegionScope(true, false, RegionScope.None.Regions) : RegionScope.None;
        }

        return holds(AccountsPermissions.AllRegions)
            ? new RegionScope(national, true, RegionScope.None.Regions)
            : new RegionScope(national, false, await coordinatedRegions());
    }
}
