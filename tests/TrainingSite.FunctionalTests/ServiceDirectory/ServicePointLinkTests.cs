using System.Net;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary><c>servicepoint:</c> links in a guidance article and a lesson: a link to the point's page with its state today, added per request; an unpublished point's link is plain text.</summary>
public abstract class ServicePointLinkTests(PointSite site)
{
    [Fact]
    public async Task Article_ShouldLinkThePoint_WithItsStateToday_InTheArticlesLanguage()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync($"/guidance/{PointSite.LinkingArticle}", "fi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var link = Assert.Single(page.QuerySelectorAll(".prose a[data-servicepoint]"));
        Assert.Equal($"/directory/{PointSite.Point}", link.GetAttribute("href"));
        Assert.Equal("Kelan palvelupiste", link.TextContent);
        Assert.Equal("servicepoint-hours", link.NextElementSibling?.ClassName);
        Assert.Equal("(Avoinna nyt, sulkeutuu klo 16.00)", link.NextElementSibling!.TextContent);
        Assert.Contains("Luonnos", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(page.QuerySelectorAll(".prose a"), a => a.GetAttribute("href") is "#" || a.TextContent == "Luonnos");
    }

    [Fact]
    public async Task Article_ShouldWriteTheState_InEnglish_ForTheEnglishText()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/guidance/{PointSite.LinkingArticle}?language=en", "en");

        Assert.Equal("(Open now, closes at 16:00)", page.QuerySelector(".prose .servicepoint-hours")!.TextContent);
    }

    [Fact]
    public async Task Article_ShouldNameTheChannel_WhenThePointHasNoServiceInPerson()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/guidance/{PointSite.OtherArticle}", "fi");

        Assert.Equal("(Puhelin: Avoinna nyt, sulkeutuu klo 12.00)", page.QuerySelector($".prose a[href='/directory/{PointSite.National}'] + .servicepoint-hours")!.TextContent);
        Assert.Single(page.QuerySelectorAll(".prose a[data-servicepoint]"));
    }

    [Fact]
    public async Task Lesson_ShouldShowTheHours_EachTimeItIsOpened_ThoughItsHtmlIsCached()
    {
        using var client = await site.SignedInClientAsync(["Learner"]);
        var url = $"/courses/{site.Course}/lessons/{site.Lesson}";

        var (first, firstPage) = await client.GetPageAsync(url, "fi");
        var (_, secondPage) = await client.GetPageAsync(url, "fi");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        foreach (var page in new[] { firstPage, secondPage })
        {
            var link = Assert.Single(page.QuerySelectorAll(".prose a[data-servicepoint]"));
            Assert.Equal($"/directory/{PointSite.Point}", link.GetAttribute("href"));
            Assert.Equal("(Avoinna nyt, sulkeutuu klo 16.00)", link.NextElementSibling!.TextContent);
            Assert.Contains("Ei vielä: luonnos.", page.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
        }
    }
}

public sealed class ServicePointLinkTestsOnSqlite(SqlitePointSite site) : ServicePointLinkTests(site), IClassFixture<SqlitePointSite>;

public sealed class ServicePointLinkTestsOnPostgres(PostgresPointSite site) : ServicePointLinkTests(site), IClassFixture<PostgresPointSite>;
