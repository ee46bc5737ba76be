using System.Net;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.FunctionalTests.Guidance;
using TrainingSite.FunctionalTests.Quizzes;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Authoring;

/// <summary>
/// Every history page (course, lesson, quiz, guidance article) answers a Compare pressed without two versions chosen
/// with 400 and the error summary in the user's language, not a silent reload.
/// </summary>
public abstract class VersionCompareTests(SiteFactory site)
{
    [Theory]
    [InlineData("course")]
    [InlineData("lesson")]
    [InlineData("quiz")]
    [InlineData("article")]
    public async Task Compare_ShouldAnswer400WithTheErrorSummary_WhenNoVersionOrOnlyOneIsChosen(string kind)
    {
        var history = await HistoryUrlAsync(kind);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        using var swedishAdmin = await site.SignedInClientAsync([Roles.Administrator], language: "sv");

        var (opened, openedPage) = await admin.GetPageAsync(history);
        var (none, nonePage) = await admin.GetPageAsync($"{history}?compare=true");
        var (one, onePage) = await admin.GetPageAsync($"{history}?from=1&compare=true");
        var (_, swedishPage) = await swedishAdmin.GetPageAsync($"{history}?to=1&compare=true");
        var (both, bothPage) = await admin.GetPageAsync($"{history}?from=1&to=1&compare=true");

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Null(openedPage.QuerySelector(".error-summary"));
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Valitse vertailtavat versiot", nonePage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("#from-1", nonePage.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.NotNull(nonePage.QuerySelector("#from-1"));
        Assert.Equal(HttpStatusCode.BadRequest, one.StatusCode);
        Assert.Equal("#to-1", onePage.QuerySelector(".error-summary a")?.GetAttribute("href"));
        Assert.NotNull(onePage.QuerySelector("#from-1[checked]"));
        Assert.Contains("Välj versionerna att jämföra", swedishPage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Null(bothPage.QuerySelector(".error-summary"));
        Assert.NotNull(bothPage.QuerySelector("#diff-heading"));
    }

    [Fact]
    public async Task CompareButton_ShouldSayItIsACompare_SoAnEmptyChoiceCanBeTold()
    {
        var history = await HistoryUrlAsync("lesson");
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, page) = await admin.GetPageAsync(history);

        var button = page.QuerySelector("form[method=get] button[type=submit][name=compare]");
        Assert.Equal("true", button?.GetAttribute("value"));
    }

    private async Task<string> HistoryUrlAsync(string kind)
    {
        switch (kind)
        {
            case "article":
                var article = GuidanceSeed.NewId("cmp");
                await GuidanceSeed.ImportAsync(site, GuidanceSeed.Article(article, "espoo"));
                return $"/authoring/guidance/{article}/history";
            case "quiz":
                return $"/authoring/courses/{await QuizSeed.CourseWithQuizAsync(site, region: "espoo")}/quiz/history";
            default:
                var course = CourseSeed.NewId("cmp");
                await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
                return kind == "course" ? $"/authoring/courses/{course}/history" : $"/authoring/courses/{course}/lessons/{course}-l/history";
        }
    }
}

public sealed class VersionCompareTestsOnSqlite(SqliteSiteFactory site) : VersionCompareTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class VersionCompareTestsOnPostgres(PostgresSiteFactory site) : VersionCompareTests(site), IClassFixture<PostgresSiteFactory>;
