using Microsoft.AspNetCore.Authorization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Authorization;

namespace TrainingSite.Accounts.Tests.Authorization;

public sealed class RegionalPageDecisionTests
{
    private static readonly RegionalRules Rules = new();

    [Fact]
    public async Task Decide_ShouldBeNotFound_WhenThePageFindsNoItem_WithoutAuthorizing()
    {
        var authorized = false;

        var outcome = await RegionalPageDecision.DecideAsync(new Page(null), "GET", null, (_, _) =>
        {
            authorized = true;
            return Task.FromResult(AuthorizationResult.Success());
        }, CancellationToken.None);

        Assert.Equal(RegionalPageDecision.Outcome.NotFound, outcome);
        Assert.False(authorized);
    }

    [Fact]
    public async Task Decide_ShouldAuthorizeTheHandlersOperation_OnTheLoadedItem()
    {
        (RegionalResource Resource, RegionalOperation Operation)? asked = null;
        var resource = new RegionalResource("espoo", Rules);

        var allowed = await RegionalPageDecision.DecideAsync(new Page(resource), "POST", "Publish", (r, o) =>
        {
            asked = (r, o);
            return Task.FromResult(AuthorizationResult.Success());
        }, CancellationToken.None);
        var refused = await RegionalPageDecision.DecideAsync(new Page(resource), "GET", null, (_, _) => Task.FromResult(AuthorizationResult.Failed()), CancellationToken.None);

        Assert.Equal(RegionalPageDecision.Outcome.Allowed, allowed);
        Assert.Equal((resource, RegionalOperation.Publish), asked);
        Assert.Equal(RegionalPageDecision.Outcome.Forbidden, refused);
    }

    private sealed class Page(RegionalResource? resource) : IRegionalPage
    {
        public Task<RegionalResource?> LoadResourceAsync(CancellationToken cancellationToken) => Task.FromResult(resource);

        public RegionalOperation OperationFor(string httpMethod, string? handlerName) =>
            handlerName == "Publish" ? RegionalOperation.Publish : httpMethod == "GET" ? RegionalOperation.View : RegionalOperation.Edit;
    }
}
