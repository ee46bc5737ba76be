using System.Net;
using AngleSharp.Dom;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>/directory/{id} as anyone sees it: the facts in the UI language, the week with today marked across an exception day, the articles that link it.</summary>
public abstract class PointPageTests(PointSite site)
{
    [Fact]
    public async Task Page_ShouldShowHowToReachThePoint_InTheUiLanguage()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "sv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("FPA:s serviceställe Testby", page.QuerySelector("h1")!.TextContent.Trim());
        var text = Normalize(page.QuerySelector("article.service-point")!.TextContent);
        Assert.Contains("Biskopsbron 11", text, StringComparison.Ordinal);
        Assert.Contains("02230 Esbo", text, StringComparison.Ordinal);
        Assert.Contains("Testområde", text, StringComparison.Ordinal);
        Assert.Contains("FPA", text, StringComparison.Ordinal);
        Assert.Equal("tel:+35820692202", page.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("geo:60.1613,24.7383", page.QuerySelector("a.point-geo")!.GetAttribute("href"));
        Assert.Contains("external", page.QuerySelector("a[href='https://www.kela.fi/']")!.GetAttribute("rel"), StringComparison.Ordinal);
        Assert.Equal(["finska", "svenska", "engelska", "somaliska"], page.QuerySelectorAll(".point-languages li").Select(li => li.TextContent.Trim()));
        Assert.Contains("Telefontolkning: ja", text, StringComparison.Ordinal);
        Assert.Equal("/guidance?topic=zz-pt-topic", page.QuerySelector(".point-topics a")!.GetAttribute("href"));
        Assert.Equal("Testämne", page.QuerySelector(".point-topics a")!.TextContent.Trim());
        Assert.Contains("Tidsbokning på webben.", text, StringComparison.Ordinal);
        Assert.Contains("Tillgänglig ingång.", text, StringComparison.Ordinal);
        Assert.Contains("Öppettiderna på helgdagar bekräftades inte.", text, StringComparison.Ordinal);
        Assert.Contains("Uppgifterna kontrollerade 6.12.2026", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ShouldMarkTheFinnishFallback_WhenAFactHasNoTranslation()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "en");

        var street = page.QuerySelectorAll("address span").First(s => s.TextContent == "Piispansilta 11");
        Assert.Equal("fi", street.GetAttribute("lang"));
        Assert.Null(page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal("Kela service point Testville", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Page_ShouldShowTheComingWeekPerChannel_WithTodayMarked_AndTheExceptionDays()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "fi");

        var tables = page.QuerySelectorAll("table.point-week").ToList();
        Assert.Equal(["Paikan päällä: tulevan viikon aukioloajat", "Puhelin: tulevan viikon aukioloajat"], tables.Select(t => Normalize(t.QuerySelector("caption")!.TextContent)));
        var rows = tables[0].QuerySelectorAll("tbody tr").Select(Row).ToList();
        Assert.Equal(
            [
                "ke 23.12. (tänään) | 9.00–16.00",
                "to 24.12. | suljettu · poikkeusaukiolo: Jouluaatto",
                "pe 25.12. | 9.00–16.00",
                "la 26.12. | suljettu",
                "su 27.12. | suljettu",
                "ma 28.12. | 9.00–13.00 · poikkeusaukiolo: Lyhennetty päivä",
                "ti 29.12. | 9.00–16.00",
            ],
            rows);
        var today = Assert.Single(page.QuerySelectorAll("table.point-week")[0].QuerySelectorAll("tr[aria-current=date]"));
        Assert.Contains("23.12.", today.TextContent, StringComparison.Ordinal);
        Assert.Contains("to 24.12. | suljettu · poikkeusaukiolo: Jouluaatto", tables[1].QuerySelectorAll("tbody tr").Select(Row));
        Assert.Equal(["Paikan päällä: Avoinna nyt, sulkeutuu klo 16.00", "Puhelin: Avoinna nyt, sulkeutuu klo 18.00"], page.QuerySelectorAll(".point-status li").Select(li => Normalize(li.TextContent)));
    }

    [Fact]
    public async Task Page_ShouldListThePublishedPublicArticlesThatLinkThePoint()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "fi");

        Assert.Equal([$"/guidance/{PointSite.LinkingArticle}"], page.QuerySelectorAll("#point-articles ~ ul a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Viittaava artikkeli", page.QuerySelector("#point-articles ~ ul a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Page_ShouldListNetworkArticlesToo_ForANetworkMember()
    {
        using var client = await site.SignedInClientAsync(["NetworkMember"]);

        var (_, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "fi");

        Assert.Equal([$"/guidance/{PointSite.LinkingArticle}", $"/guidance/{PointSite.NetworkArticle}"], page.QuerySelectorAll("#point-articles ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Page_ShouldShowAPointWithoutAddress_AndOnlyTheChannelsItOffers()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync($"/directory/{PointSite.National}", "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("address"));
        Assert.Null(page.QuerySelector("a.point-geo"));
        Assert.Equal(["Phone: opening hours for the coming week"], page.QuerySelectorAll("table.point-week caption").Select(c => Normalize(c.TextContent)));
        Assert.Contains("National", page.QuerySelector(".point-meta")!.TextContent, StringComparison.Ordinal);
        Assert.Equal([$"/guidance/{PointSite.OtherArticle}"], page.QuerySelectorAll("#point-articles ~ ul a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task PointKnownOnlyByItsCity_ShouldShowTheCity_WithoutAMapPin_AndItsLinksShouldNotCallItClosed()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (id, article) = ($"zz-pt-city-{suffix}", $"zz-pt-city-article-{suffix}");
        await CourseSeed.ImportAsync(site, $$"""
            { "name": "city-only", "steps": [
              { "step": "servicepoints", "servicePoints": [ {
                "id": "{{id}}", "region": "zz-pt-region", "name": { "fi": "Kaupungin neuvonta" }, "organisation": { "fi": "Kaupunki" },
                "kind": "municipality", "address": { "city": { "fi": "Espoo", "sv": "Esbo" } }, "languages": ["fi"], "topics": ["zz-pt-topic"],
                "appointment": { "fi": "Aukioloajat ja katuosoite tarkistetaan kaupungin sivuilta." }, "checked": "2026-12-06" } ] },
              { "step": "guidance", "articles": [ { "id": "{{article}}", "region": null, "topic": "zz-pt-topic", "audience": "public",
                "title": { "fi": "Kaupungin neuvonta" }, "body": { "fi": "Ohjaa [kaupungin neuvontaan](servicepoint:{{id}})." } } ] }
            ] }
            """);
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync($"/directory/{id}", "sv");
        var (_, articlePage) = await client.GetPageAsync($"/guidance/{article}", "fi");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Esbo", Normalize(page.QuerySelector("address")!.TextContent));
        Assert.Null(page.QuerySelector("a.point-geo"));
        var link = Assert.Single(articlePage.QuerySelectorAll(".prose a[data-servicepoint]"));
        Assert.Equal($"/directory/{id}", link.GetAttribute("href"));
        Assert.Null(articlePage.QuerySelector(".prose .servicepoint-hours"));
        Assert.DoesNotContain("Suljettu", articlePage.QuerySelector(".prose")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PointSite.Draft)]
    [InlineData("zz-no-such-point")]
    [InlineData("%20")]
    public async Task Page_ShouldBeNotFound_ForAnUnknownOrUnpublishedPoint(string id)
    {
        using var client = site.CreateSiteClient();

        var (response, _) = await client.GetPageAsync($"/directory/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Page_ShouldOfferTheSlipForm_WithTheContractsFields()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync($"/directory/{PointSite.Point}", "fi");

        var form = page.QuerySelector(".slip-form form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.Equal($"/directory/{PointSite.Point}/slip", form.GetAttribute("action"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));
        Assert.Equal("Lähetteen kieli", page.QuerySelector("label[for=language]")!.TextContent.Trim());
        Assert.Equal(["fi", "sv", "en"], form.QuerySelectorAll("select[name=language] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("500", form.QuerySelector("textarea[name=bring]")!.GetAttribute("maxlength"));
        Assert.Equal(["html", "pdf"], form.QuerySelectorAll("button[name=format]").Select(b => b.GetAttribute("value")));
    }

    private static string Row(IElement row) => string.Join(" | ", row.Children.Select(cell => Normalize(cell.TextContent)));

    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}

public sealed class PointPageTestsOnSqlite(SqlitePointSite site) : PointPageTests(site), IClassFixture<SqlitePointSite>;

public sealed class PointPageTestsOnPostgres(PostgresPointSite site) : PointPageTests(site), IClassFixture<PostgresPointSite>;
