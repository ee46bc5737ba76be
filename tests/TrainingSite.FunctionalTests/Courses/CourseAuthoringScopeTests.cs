using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Courses;

/// <summary>
/// Who may author what: each role × (national course, own region's course, another region's course) ×
/// (view, edit, publish, delete), asked directly of the server as a crafted request would.
/// </summary>
public abstract class AuthoringMatrixTests(SiteFactory site)
{
    public static TheoryData<string, string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, string, bool>();
        foreach (var action in new[] { "view", "edit", "publish", "delete" })
        {
            foreach (var part in new[] { "national", "own", "other" })
            {
                data.Add("admin", part, action, true);
                data.Add("coordinator", part, action, part == "own");
                data.Add("learner", part, action, false);
                data.Add("anonymous", part, action, false);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Authoring_ShouldBeAllowedOnlyInScope(string role, string part, string action, bool allowed)
    {
        // Arrange: three fresh courses, so a delete in one case never affects another.
        var (national, espoo, helsinki) = (CourseSeed.NewId("mx-n"), CourseSeed.NewId("mx-e"), CourseSeed.NewId("mx-h"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(
            CourseSeed.Course(national, null, national + "-l"), CourseSeed.Course(espoo, "espoo", espoo + "-l"), CourseSeed.Course(helsinki, "helsinki", helsinki + "-l")));
        var courseId = part switch { "national" => national, "own" => espoo, _ => helsinki };
        using var client = role switch
        {
            "admin" => await site.SignedInClientAsync([Roles.Administrator]),
            "coordinator" => await site.SignedInClientAsync([Roles.RegionalCoordinator, Roles.Learner], homeRegion: "espoo", coordinatedRegions: ["espoo"]),
            "learner" => await site.SignedInClientAsync([Roles.Learner, Roles.NetworkMember], homeRegion: "espoo"),
            _ => site.CreateSiteClient(),
        };

        // Act
        var response = await ActAsync(client, courseId, action);

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
    }

    [Fact]
    public async Task Coordinator_ShouldGet403_ForAnotherRegionsLessonsHistoryAndOrder()
    {
        var helsinki = CourseSeed.NewId("mx-h");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(helsinki, "helsinki", helsinki + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var token = await coordinator.AntiforgeryTokenAsync();

        var lesson = await coordinator.Http.GetAsync($"/authoring/courses/{helsinki}/lessons/{helsinki}-l");
        var history = await coordinator.Http.GetAsync($"/authoring/courses/{helsinki}/history");
        var (saveLesson, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/lessons/{helsinki}-l?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "x")]);
        var (newLesson, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/lessons/new?handler=Save", [new("__RequestVerificationToken", token), new("Input.Title[fi]", "x")]);
        var (restore, _) = await coordinator.PostAsync($"/authoring/courses/{helsinki}/history?handler=Restore", [new("__RequestVerificationToken", token), new("number", "1")]);
        var (move, _) = await coordinator.PostAsync("/authoring/courses?handler=Move", [new("__RequestVerificationToken", token), new("courseId", helsinki), new("direction", "1")]);
        var (create, _) = await coordinator.PostAsync("/authoring/courses/new", [new("__RequestVerificationToken", token), new("Part", "helsinki"), new("Input.Title[fi]", "Ei saa")]);
        var (createNational, _) = await coordinator.PostAsync("/authoring/courses/new", [new("__RequestVerificationToken", token), new("Part", "national"), new("Input.Title[fi]", "Ei saa")]);

        Assert.All(
            new[] { lesson.StatusCode, history.StatusCode, saveLesson.StatusCode, newLesson.StatusCode, restore.StatusCode, move.StatusCode, create.StatusCode, createNational.StatusCode },
            status => Assert.Equal(HttpStatusCode.Forbidden, status));
    }

    [Fact]
    public async Task Coordinator_ShouldSeeOnlyTheirOwnRegionsCourses_InTheAuthoringList()
    {
        var (espoo, helsinki) = (CourseSeed.NewId("ls-e"), CourseSeed.NewId("ls-h"));
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(espoo, "espoo", espoo + "-l"), CourseSeed.Course(helsinki, "helsinki", helsinki + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (_, page) = await coordinator.GetPageAsync("/authoring/courses");

        Assert.NotNull(page.QuerySelector($"a[href='/authoring/courses/{espoo}']"));
        Assert.Null(page.QuerySelector($"a[href='/authoring/courses/{helsinki}']"));
        Assert.Null(page.QuerySelector("#part-national"));
    }

    private static async Task<HttpResponseMessage> ActAsync(SiteClient client, string courseId, string action)
    {
        if (action == "view")
        {
            return await client.Http.GetAsync($"/authoring/courses/{courseId}");
        }

        var token = await client.AntiforgeryTokenAsync();
        var handler = action switch { "edit" => "Save", "publish" => "Publish", _ => "Delete" };
        var (response, _) = await client.PostAsync($"/authoring/courses/{courseId}?handler={handler}",
        [
            new("__RequestVerificationToken", token),
            new("Input.Title[fi]", "Muokattu otsikko"),
            new("ConfirmDelete", "true"),
        ]);
        return response;
    }
}

public sealed class AuthoringMatrixTestsOnSqlite(SqliteSiteFactory site) : AuthoringMatrixTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AuthoringMatrixTestsOnPostgres(PostgresSiteFactory site) : AuthoringMatrixTests(site), IClassFixture<PostgresSiteFactory>;
