using System.Net;
using AngleSharp.Dom;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Core.Localization;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Content;

/// <summary>
/// /authoring/review: the lessons and articles in the author's regional scope never checked or checked more than 12
/// months ago, never-checked first, then oldest first; coordinators see only their regions, administrators everything.
/// </summary>
public abstract class ReviewListTests(SiteFactory site)
{
    private const string Url = "/authoring/review";

    [Fact]
    public async Task Coordinator_ShouldSeeTheStaleAndNeverCheckedItemsOfTheirRegion_InOrder_WithCountsInTheHeading()
    {
        var today = SiteTime.Today;
        var region = ReviewSeed.NewId("rv");
        var (course, neverLesson, recentLesson) = (ReviewSeed.NewId("rc"), ReviewSeed.NewId("rl"), ReviewSeed.NewId("rl"));
        var (neverArticle, staleArticle, olderArticle, checkedArticle) = (ReviewSeed.NewId("ra"), ReviewSeed.NewId("ra"), ReviewSeed.NewId("ra"), ReviewSeed.NewId("ra"));
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(
            regions: [region],
            courses: [ReviewSeed.Course(course, region, ReviewSeed.Lesson(neverLesson, null), ReviewSeed.Lesson(recentLesson, today.AddMonths(-11)))],
            articles:
            [
                ReviewSeed.Article(staleArticle, region, today.AddMonths(-13)),
                ReviewSeed.Article(olderArticle, region, today.AddYears(-3)),
                ReviewSeed.Article(neverArticle, region, null),
                ReviewSeed.Article(checkedArticle, region, null),
            ]));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: [region], language: "fi");

        var (_, before) = await coordinator.GetPageAsync(Url);
        await coordinator.SubmitFormAsync($"/authoring/guidance/{checkedArticle}", new Dictionary<string, string>
        {
            ["Input.Title[fi]"] = $"Ohje {checkedArticle}",
            ["Input.Text[fi]"] = "Teksti.",
            ["Input.TopicId"] = "housing",
            ["Input.Audience"] = "public",
            ["Input.FactsChecked"] = "true",
        }, formSelector: "form[data-markdown-editor]", submitName: "handler", submitValue: "Save");
        var (response, page) = await coordinator.GetPageAsync(Url);
        using var englishCoordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: [region], language: "en");
        var (_, english) = await englishCoordinator.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"article-{checkedArticle}", RowIds(before));
        var rows = RowIds(page);
        Assert.Equal([$"article-{neverArticle}", $"lesson-{neverLesson}", $"article-{olderArticle}", $"article-{staleArticle}"], rows);
        Assert.Equal("Tarkistettavana 1 oppitunti ja 3 ohjeartikkelia", page.QuerySelector("#due-heading")?.TextContent.Trim());
        var never = page.GetElementById($"lesson-{neverLesson}")!;
        Assert.Equal($"/authoring/courses/{course}/lessons/{neverLesson}", never.QuerySelector("th[scope=row] a")?.GetAttribute("href"));
        Assert.Equal(["Oppitunti", $"Alue {region}", "ei koskaan"], never.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Equal(ReviewSeed.Iso(today.AddYears(-3)), page.GetElementById($"article-{olderArticle}")?.QuerySelector("time")?.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector("table caption"));
        Assert.Equal(4, page.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.Equal("Due for checking: 1 lesson and 3 guidance articles", english.QuerySelector("#due-heading")?.TextContent.Trim());
    }

    [Fact]
    public async Task CoordinatorOfEspoo_ShouldSeeEspooOnly_AndAdministratorEverything()
    {
        var (espoo, helsinki, national, course, nationalCourse) = (ReviewSeed.NewId("re"), ReviewSeed.NewId("rh"), ReviewSeed.NewId("rn"), ReviewSeed.NewId("rc"), ReviewSeed.NewId("rc"));
        var espooLesson = ReviewSeed.NewId("rl");
        await ReviewSeed.ImportAsync(site, ReviewSeed.Recipe(
            courses: [ReviewSeed.Course(course, "espoo", ReviewSeed.Lesson(espooLesson, null)), ReviewSeed.Course(nationalCourse, null, ReviewSeed.Lesson(national, null))],
            articles: [ReviewSeed.Article(espoo, "espoo", null), ReviewSeed.Article(helsinki, "helsinki", SiteTime.Today.AddYears(-2))]));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, coordinatorPage) = await coordinator.GetPageAsync(Url);
        var (_, adminPage) = await admin.GetPageAsync(Url);
        var (_, adminMenu) = await coordinator.GetPageAsync("/admin");

        var seen = RowIds(coordinatorPage);
        Assert.Contains($"article-{espoo}", seen);
        Assert.Contains($"lesson-{espooLesson}", seen);
        Assert.DoesNotContain($"article-{helsinki}", seen);
        Assert.DoesNotContain($"lesson-{national}", seen);
        Assert.All(coordinatorPage.QuerySelectorAll("tbody tr td:nth-child(3)"), cell => Assert.Equal("Espoo", cell.TextContent.Trim()));
        Assert.Superset(new HashSet<string> { $"article-{espoo}", $"lesson-{espooLesson}", $"article-{helsinki}", $"lesson-{national}" }, RowIds(adminPage).ToHashSet());
        Assert.NotNull(adminMenu.QuerySelector($"main a[href='{Url}']"));
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.NetworkMember)]
    public async Task OthersThanAuthors_ShouldBeForbidden(string role)
    {
        using var user = await site.SignedInClientAsync([role]);

        var (response, _) = await user.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Anonymous_ShouldBeSentToSignIn()
    {
        using var visitor = site.CreateSiteClient();

        var (response, _) = await visitor.GetPageAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    private static List<string> RowIds(IDocument page) => [.. page.QuerySelectorAll("tbody tr").Select(r => r.Id ?? string.Empty)];
}

public sealed class ReviewListTestsOnSqlite(SqliteSiteFactory site) : ReviewListTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class ReviewListTestsOnPostgres(PostgresSiteFactory site) : ReviewListTests(site), IClassFixture<PostgresSiteFactory>;
