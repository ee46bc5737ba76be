using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts;
using TrainingSite.Accounts.Authorization;

namespace TrainingSite.Accounts.Tests.Authorization;

public sealed class RegionScopesTests
{
    private static readonly Permission OwnRegion = new("Test.EditOwnRegion", "x");
    private static readonly Permission National = new("Test.EditNational", "x");
    private static readonly RegionalGrant Grant = new(OwnRegion, National);

    [Fact]
    public async Task Decide_ShouldGiveNothing_WhenTheOperationHasNoGrant()
    {
        var scope = await RegionScopes.DecideAsync(null, Holding(OwnRegion, National, AccountsPermissions.AllRegions), Coordinating("espoo"));

        Assert.True(scope.IsEmpty);
        Assert.False(scope.Includes(null));
        Assert.False(scope.Includes("espoo"));
    }

    [Fact]
    public async Task Decide_ShouldGiveTheNationalPartOnly_WhenTheUserHoldsOnlyTheNationalPermission()
    {
        var asked = false;

        var scope = await RegionScopes.DecideAsync(Grant, Holding(National, AccountsPermissions.AllRegions), () =>
        {
            asked = true;
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "espoo" });
        });

        Assert.True(scope.Includes(null));
        Assert.False(scope.Includes("espoo"));
        Assert.False(asked, "Regions were read although the own-region permission is not held.");
    }

    [Fact]
    public async Task Decide_ShouldGiveTheCoordinatedRegions_WhenTheUserHoldsTheOwnRegionPermission()
    {
        var scope = await RegionScopes.DecideAsync(Grant, Holding(OwnRegion), Coordinating("espoo", "kokkola"));

        Assert.Equal((false, true, true, false), (scope.Includes(null), scope.Includes("espoo"), scope.Includes("kokkola"), scope.Includes("helsinki")));
        Assert.False(scope.AllRegions);
    }

    [Fact]
    public async Task Decide_ShouldGiveNoRegion_WhenTheUserCoordinatesButLacksTheOwnRegionPermission()
    {
        var scope = await RegionScopes.DecideAsync(Grant, Holding(), Coordinating("espoo"));

        Assert.True(scope.IsEmpty);
    }

    [Fact]
    public async Task Decide_ShouldGiveEveryRegion_WhenTheUserAlsoHoldsAllRegions()
    {
        var scope = await RegionScopes.DecideAsync(Grant, Holding(OwnRegion, AccountsPermissions.AllRegions), Coordinating());

        Assert.True(scope.AllRegions);
        Assert.True(scope.Includes("helsinki"));
        Assert.False(scope.Includes(null));
    }

    [Fact]
    public async Task Decide_ShouldIgnoreAllRegions_WhenTheOwnRegionPermissionIsMissing()
    {
        var scope = await RegionScopes.DecideAsync(Grant, Holding(AccountsPermissions.AllRegions), Coordinating("espoo"));

        Assert.True(scope.IsEmpty);
    }

    [Fact]
    public async Task Decide_ShouldGiveEverything_WhenTheUserHoldsAllThree()
    {
        var scope = await RegionScopes.DecideAsync(Grant, Holding(OwnRegion, National, AccountsPermissions.AllRegions), Coordinating());

        Assert.True(scope.Includes(null) && scope.Includes("espoo") && scope.Includes("any-region"));
    }

    private static Func<Permission, bool> Holding(params Permission[] held) => p => held.Contains(p);

    private static Func<Task<IReadOnlySet<string>>> Coordinating(params string[] regions) =>
        () => Task.FromResult<IReadOnlySet<string>>(regions.ToHashSet(StringComparer.Ordinal));
}
