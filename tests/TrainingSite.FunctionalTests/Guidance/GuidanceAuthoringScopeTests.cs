using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>
/// Who may author which guidance article: each role × (national article, Espoo's article) × (view, save,
/// publish, delete), asked directly of the server as a crafted request would.
/// </summary>
public abstract class GuidanceAuthoringMatrixTests(SiteFactory site)
{
    public static TheoryData<string, string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var action in new[] { "view", "save", "publish", "delete" })
        {
            foreach (var part in new[] { "national", "espoo" })
            {
                data.Add("admin", part, action, true);
                data.Add("coordinator-espoo", part, action, part == "espoo");
                data.Add("coordinator-helsinki", part, action, false);
                data.Add("network-member", part, action, false);
                data.Add("anonymous", part, action, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Authoring_ShouldBeAllowedOnlyInScope(string role, string part, string action, bool allowed)
    {
        // Arrange: fresh articles, so a delete in one case never affects another.
        var (national, espoo) = (GuidanceSeed.NewId("gm-n"), GuidanceSeed.NewId("gm-e"));
        await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(national, null), GuidanceSeed.Article(espoo, "espoo"));
        var articleId = part == "national" ? national : espoo;
        using var client = role switch
        {
            "admin" => await site.SignedInClientAsync([Roles.Administrator]),
            "coordinator-espoo" => await site.SignedInClientAsync([Roles.RegionalCoordinator, Roles.NetworkMember], homeRegion: "espoo", coordinatedRegions: ["espoo"]),
            "coordinator-helsinki" => await site.SignedInClientAsync([Roles.RegionalCoordinator, Roles.NetworkMember], homeRegion: "helsinki", coordinatedRegions: ["helsinki"]),
            "network-member" => await site.SignedInClientAsync([Roles.Learner, Roles.NetworkMember], homeRegion: "espoo"),
            _ => site.CreateSiteClient(),
        };

        // Act
        var response = await ActAsync(client, articleId, action);

        // Assert
        var expected = allowed
            ? (action == "view" ? HttpStatusCode.OK : HttpStatusCode.Redirect)
            : (role == "anonymous" ? HttpStatusCode.Redirect : HttpStatusCode.Forbidden);
        Assert.Equal(expected, response.StatusCode);
        if (role == "anonymous")
        {
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        }
        else if (allowed && action != "view")
        {
            Assert.DoesNotContain("login", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        }

        var exists = await GuidanceDatabase.ArticleExistsAsync(site, articleId);
        Assert.Equal(!(allowed && action == "delete"), exists);
    }

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

    private static async Task<HttpResponseMessage> ActAsync(SiteClient client, string articleId, string action)
    {
        if (action == "view")
        {
            return await client.Http.GetAsync($"/authoring/guidance/{articleId}");
        }

        var token = await client.AntiforgeryTokenAsync();
        var handler = action switch { "save" => "Save", "publish" => "Publish", _ => "Delete" };
        var (response, _) = await client.PostAsync($"/authoring/guidance/{articleId}?handler={handler}",
        [
            new("__RequestVerificationToken", token),
            new("Input.Title[fi]", "Muokattu otsikko"),
            new("Input.Text[fi]", "Muokattu teksti."),
            new("Input.TopicId", "housing"),
            new("Input.Audience", "public"),
            new("ConfirmDelete", "true"),
        ]);
        return response;
    }
}

public sealed class GuidanceAuthoringMatrixTestsOnSqlite(SqliteSiteFactory site) : GuidanceAuthoringMatrixTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceAuthoringMatrixTestsOnPostgres(PostgresSiteFactory site) : GuidanceAuthoringMatrixTests(site), IClassFixture<PostgresSiteFactory>;
