using TrainingSite.Accounts;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Every permission a module declares is checked somewhere (<see cref="PermissionUsage"/> says where it looks): a
/// permission nothing checks shows administrators a checkbox that does nothing.
/// </summary>
public abstract class PermissionUsageTests(SiteFactory site)
{
    [Fact]
    public void EveryDeclaredPermission_ShouldBeChecked_Somewhere()
    {
        // Arrange
        var declared = PermissionUsage.Declared(site.Services);
        var used = new HashSet<string>(StringComparer.Ordinal) { AccountsPermissions.AllRegionsPolicy }; // read by the regional engine itself

        // Act
        used.UnionWith(PermissionUsage.EndpointPolicies(site.Services));
        used.UnionWith(PermissionUsage.InRegionalRules());
        used.UnionWith(PermissionUsage.NamedInCode(declared));

        // Assert
        var unused = declared.Where(p => !used.Contains(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(declared.Count > 10, $"Only {declared.Count} permissions declared: the providers are not being read.");
        Assert.True(unused.Count == 0, "Declared permissions nothing checks (use them or remove them):\n" + string.Join('\n', unused));
    }

    [Fact]
    public void UsageSearch_ShouldFindEachKindOfUse()
    {
        var declared = PermissionUsage.Declared(site.Services);

        Assert.Contains(AccountsPermissions.ManageRolesPolicy, PermissionUsage.EndpointPolicies(site.Services));
        Assert.Contains("Certificates.ViewOwnRegion", PermissionUsage.InRegionalRules());
        Assert.Contains("Guidance.ReadNetwork", PermissionUsage.NamedInCode(declared));
    }
}

public sealed class PermissionUsageTestsOnSqlite(SqliteSiteFactory site) : PermissionUsageTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class PermissionUsageTestsOnPostgres(PostgresSiteFactory site) : PermissionUsageTests(site), IClassFixture<PostgresSiteFactory>;
