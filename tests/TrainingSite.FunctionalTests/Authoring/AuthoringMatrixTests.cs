using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Authoring;

/// <summary>
/// Who may author what, for every kind of versioned content alike (they share one authoring base and one regional
/// rule): each kind × role × (a national item, Espoo's item) × (view, edit, publish, delete), asked directly of the
/// server as a crafted request would. Administrators author everything; Espoo's coordinator only Espoo's items.
/// </summary>
public abstract class AuthoringMatrixTests(SiteFactory site)
{
    private static readonly string[] Kinds = ["course", "quiz", "article"];

    public static TheoryData<string, string, string, string, bool> Matrix()
    {
        var data = new TheoryData<string, string, string, string, bool>();
        foreach (var kind in Kinds)
        {
            // A quiz is deleted with its course; "delete" on the quiz editor removes a question, which is an edit.
            foreach (var action in kind == "quiz" ? new[] { "view", "edit", "publish" } : ["view", "edit", "publish", "delete"])
            {
                foreach (var part in new[] { "national", "espoo" })
                {
                    data.Add(kind, "admin", part, action, true);
                    data.Add(kind, "coordinator-espoo", part, action, part == "espoo");
                    data.Add(kind, "coordinator-helsinki", part, action, false);
                    data.Add(kind, "member", part, action, false);
                    data.Add(kind, "anonymous", part, action, false);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Authoring_ShouldBeAllowedOnlyInScope(string kind, string role, string part, string action, bool allowed)
    {
        // Arrange: a fresh item per case, so a delete in one case never affects another.
        var url = await SeedAsync(kind, part == "national" ? null : "espoo");
        using var client = role switch
        {
            "admin" => await site.SignedInClientAsync([Roles.Administrator]),
            "coordinator-espoo" => await site.SignedInClientAsync([Roles.RegionalCoordinator, Roles.NetworkMember], homeRegion: "espoo", coordinatedRegions: ["espoo"]),
            "coordinator-helsinki" => await site.SignedInClientAsync([Roles.RegionalCoordinator, Roles.NetworkMember], homeRegion: "helsinki", coordinatedRegions: ["helsinki"]),
            "member" => await site.SignedInClientAsync([Roles.Learner, Roles.NetworkMember], homeRegion: "espoo"),
            _ => site.CreateSiteClient(),
        };

        // Act
        var response = await ActAsync(client, url, action);

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

        if (kind == "article")
        {
            Assert.Equal(!(allowed && action == "delete"), await GuidanceDatabase.ArticleExistsAsync(site, url.Split('/')[^1]));
        }
    }

    /// <summary>Imports one item of the kind in the region (null: national) and returns its editor's address.</summary>
    private async Task<string> SeedAsync(string kind, string? region)
    {
        switch (kind)
        {
            case "course":
                var course = CourseSeed.NewId("mx");
                await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, region, course + "-l")));
                return $"/authoring/courses/{course}";
            case "quiz":
                return $"/authoring/courses/{await QuizSeed.CourseWithQuizAsync(site, region: region)}/quiz";
            default:
                var article = GuidanceSeed.NewId("mx");
                await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(article, region));
                return $"/authoring/guidance/{article}";
        }
    }

    private static async Task<HttpResponseMessage> ActAsync(SiteClient client, string url, string action)
    {
        if (action == "view")
        {
            return await client.Http.GetAsync(url);
        }

        var token = await client.AntiforgeryTokenAsync();
        var handler = action switch { "edit" => "Save", "publish" => "Publish", _ => "Delete" };
        var (response, _) = await client.PostAsync($"{url}?handler={handler}",
        [
            new("__RequestVerificationToken", token),
            new("Input.Title[fi]", "Muokattu otsikko"),
            new("Input.Text[fi]", "Muokattu teksti."),
            new("Input.TopicId", "housing"),
            new("Input.Audience", "public"),
            new("Input.PassPercent", "60"),
            new("ConfirmDelete", "true"),
        ]);
        return response;
    }
}

public sealed class AuthoringMatrixTestsOnSqlite(SqliteSiteFactory site) : AuthoringMatrixTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AuthoringMatrixTestsOnPostgres(PostgresSiteFactory site) : AuthoringMatrixTests(site), IClassFixture<PostgresSiteFactory>;
