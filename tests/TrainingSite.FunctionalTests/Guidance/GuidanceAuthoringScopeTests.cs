using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// A coordinator's reach in guidance authoring beyond the one-item matrix (<see cref="Authoring.AuthoringMatrixTests"/>):
/// another region's history, restore and discard, creating in a region not theirs, and the lists they see.
/// </summary>
public abstract class GuidanceAuthoringScopeTests(SiteFactory site)
{
    [Fact]
    public async Task Coordinator_ShouldGet403_ForAnotherRegionsHistoryRestoreAndNewArticles()
    {
        var helsinki = GuidanceSeed.NewId("gm-h");
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(helsinki, "helsinki"));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();
        KeyValuePair<string, string>[] article = [new("__RequestVerificationToken", token), new("Input.Title[fi]", "Ei saa"), new("Input.TopicId", "housing"), new("Input.Audience", "public")];

        var history = await coordinator.Http.GetAsync($"/authoring/guidance/{helsinki}/history");
        var (restore, _) = await coordinator.PostAsync($"/authoring/guidance/{helsinki}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (discard, _) = await coordinator.PostAsync($"/authoring/guidance/{helsinki}?handler=Discard", [new("__RequestVerificationToken", token)]);
        var (create, _) = await coordinator.PostAsync("/authoring/guidance/new", [.. article, new("Region", "helsinki")]);
        var (createNational, _) = await coordinator.PostAsync("/authoring/guidance/new", [.. article, new("Region", "national")]);

        Assert.All(
            new[] { history.StatusCode, restore.StatusCode, discard.StatusCode, create.StatusCode, createNational.StatusCode },
            status => Assert.Equal(HttpStatusCode.Forbidden, status));
    }

    [Fact]
    public async Task Coordinator_ShouldSeeOnlyTheirOwnRegionsArticles_AndRegions()
    {
        var (espoo, helsinki, national) = (GuidanceSeed.NewId("gl-e"), GuidanceSeed.NewId("gl-h"), GuidanceSeed.NewId("gl-n"));
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(espoo, "espoo"), GuidanceSeed.Article(helsinki, "helsinki"), GuidanceSeed.Article(national, null));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (_, list) = await coordinator.GetPageAsync("/authoring/guidance");
        var (_, newPage) = await coordinator.GetPageAsync("/authoring/guidance/new");

        Assert.NotNull(list.QuerySelector($"a[href='/authoring/guidance/{espoo}']"));
        Assert.Null(list.QuerySelector($"a[href='/authoring/guidance/{helsinki}']"));
        Assert.Null(list.QuerySelector($"a[href='/authoring/guidance/{national}']"));
        Assert.Equal(["espoo"], newPage.QuerySelectorAll("select[name=Region] option").Select(o => o.GetAttribute("value")));
    }
}

public sealed class GuidanceAuthoringScopeTestsOnSqlite(SqliteSiteFactory site) : GuidanceAuthoringScopeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceAuthoringScopeTestsOnPostgres(PostgresSiteFactory site) : GuidanceAuthoringScopeTests(site), IClassFixture<PostgresSiteFactory>;
