using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;

namespace TrainingSite.Accounts.Tests.Authorization;

/// <summary>The handler and the permission claims over a rules table, as a module declares one.</summary>
public sealed class RegionalAccessTests
{
    private static readonly Permission OwnRegion = new("Test.EditOwnRegion", "x");
    private static readonly Permission National = new("Test.EditNational", "x");
    private static readonly RegionalRules Rules = new RegionalRules().Allow(new RegionalGrant(OwnRegion, National), RegionalOperation.Edit, RegionalOperation.View);

    [Fact]
    public void Holds_ShouldNeedTheClaim_AndASignedInUser()
    {
        var signedIn = User(OwnRegion.Name);
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim(TrainingClaims.Permission, OwnRegion.Name)]));

        Assert.True(signedIn.Holds(OwnRegion));
        Assert.False(signedIn.Holds(National));
        Assert.False(anonymous.Holds(OwnRegion));
    }

    [Theory]
    [InlineData("espoo", true)]
    [InlineData("helsinki", false)]
    [InlineData(null, false)]
    public async Task Handler_ShouldSucceed_OnlyWhereTheScopeIncludesTheRegion(string? region, bool expected)
    {
        var handler = new RegionalAuthorizationHandler(new FixedAccess(new RegionScope(false, false, new HashSet<string> { "espoo" })));
        var context = new AuthorizationHandlerContext([RegionalOperation.Edit], User(OwnRegion.Name), new RegionalResource(region, Rules));

        await handler.HandleAsync(context);

        Assert.Equal(expected, context.HasSucceeded);
    }

    [Fact]
    public async Task Decide_ShouldRefuse_AnOperationTheRulesDoNotName()
    {
        var scope = await RegionScopes.DecideAsync(Rules.For(RegionalOperation.Delete), _ => true, () => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "espoo" }));

        Assert.True(scope.IsEmpty);
    }

    private static ClaimsPrincipal User(params string[] permissions) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "u1"), .. permissions.Select(p => new Claim(TrainingClaims.Permission, p))], "test"));

    private sealed class FixedAccess(RegionScope scope) : IRegionalAccess
    {
        public Task<RegionScope> ScopeAsync(ClaimsPrincipal user, RegionalRules rules, RegionalOperation operation, CancellationToken cancellationToken = default) =>
            Task.FromResult(scope);
    }
}
