using System.Net;
using System.Text.Json;
using TrainingSite.Testing;
using static TrainingSite.FunctionalTests.ServiceDirectory.DirectorySeed;

namespace TrainingSite.FunctionalTests.ServiceDirectory;

/// <summary>
/// /directory and GET /api/directory on a real database, with points seeded by the <c>servicepoints</c> step and the
/// clock at Monday 10:00 Finnish time: words (inflected, without diacritics, every word required, name before
/// notes), each filter, open now and open at, paging, the API's fields and its localized 400s, and a publish seen
/// by the next search.
/// </summary>
public abstract class DirectorySearchTests(SiteFactory site) : IAsyncLifetime
{
    public Task InitializeAsync() => ImportAsync(site);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("varhaiskasvatus", EarlyChildhood)]
    [InlineData("paivahoito", EarlyChildhood)]
    [InlineData("Oleskeluluvat", Migri)]
    [InlineData("maahanmuuttovirasto", Migri)]
    public async Task Search_ShouldFindAPoint_ByAnInflectedOrUnaccentedForm(string query, string expected)
    {
        var ids = await IdsAsync($"q={Uri.EscapeDataString(query)}");

        Assert.Equal([expected], ids);
    }

    [Fact]
    public async Task Search_ShouldRequireEveryWord_AndRankANameMatchAboveANotesMatch()
    {
        var kela = await IdsAsync("q=kela");
        var kelaEspoo = await IdsAsync("q=kela+espoo");
        var kelaVantaa = await IdsAsync("q=kela+vantaa");

        Assert.Equal([Kela, Advice], kela);
        Assert.Equal([Kela, Advice], kelaEspoo);
        Assert.Empty(kelaVantaa);
    }

    [Theory]
    [InlineData("region=" + Espoo, new[] { Kela, Migri, Advice })]
    [InlineData("region=national", new[] { Migri })]
    [InlineData("topic=" + Immigration, new[] { Migri })]
    [InlineData("language=so", new[] { EarlyChildhood })]
    [InlineData("language=ar&region=" + Vantaa, new[] { Migri })]
    [InlineData("openAt=now", new[] { Kela, EarlyChildhood, Advice })]
    [InlineData("openAt=2026-12-08T13:00", new[] { Kela, Migri, EarlyChildhood })]
    [InlineData("openAt=2026-12-12T10:00", new string[0])]
    public async Task Search_ShouldFilter(string filter, string[] expected)
    {
        var ids = await IdsAsync("q=kvarkki&" + filter);

        Assert.Equal(expected.Order(), ids.Order());
    }

    [Fact]
    public async Task Page_ShouldSayTheHoursAreNotKnown_ForAPointWithoutHours_RatherThanCallItClosed()
    {
        const string id = "zz-no-hours"; // not TestPointPrefix: the other tests' lists leave it out
        await DirectorySeed.ImportAsync(site, DirectorySeed.Recipe(DirectorySeed.Point(id, Espoo, Benefits, "Tuntemattomat aukiolot", "Okända öppettider", "Unknown hours", "ngo", """["fi"]""", notes: "Qwyxzt.")));
        using var client = site.CreateSiteClient();

        var (_, document) = await client.GetPageAsync("/directory?q=qwyxzt");
        var (_, english) = await client.GetPageAsync("/directory?q=qwyxzt", "en");

        Assert.Contains("Aukioloaikoja ei ole tiedossa.", Text(Hit(document, id)), StringComparison.Ordinal);
        Assert.DoesNotContain("Suljettu", Text(Hit(document, id)), StringComparison.Ordinal);
        Assert.Contains("No opening hours are known.", Text(Hit(english, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_ShouldShowEachChannelsStateNow_AndTheCountWithItsPlural()
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/directory?q=kvarkki");
        var (_, one) = await client.GetPageAsync("/directory?q=kvarkki&topic=" + Immigration, "en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("4 palvelupistettä", document.QuerySelector("#results-title")!.TextContent.Trim());
        Assert.Equal("1 service point", one.QuerySelector("#results-title")!.TextContent.Trim());
        var kela = Hit(document, Kela);
        Assert.Contains("Paikan päällä: Avoinna nyt, sulkeutuu klo 16.00", Text(kela), StringComparison.Ordinal);
        Assert.Contains("Kielet: suomi, ruotsi, englanti", Text(kela), StringComparison.Ordinal);
        Assert.Contains("Tulkkaus: puhelintulkkaus", Text(kela), StringComparison.Ordinal);
        Assert.Contains("Paikan päällä: Suljettu, avautuu huomenna klo 12.00", Text(Hit(document, Migri)), StringComparison.Ordinal);
        Assert.Contains("Chat: Avoinna nyt, sulkeutuu klo 11.00", Text(Hit(document, Advice)), StringComparison.Ordinal);
        Assert.Contains(document.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/directory" && a.TextContent.Trim() == "Palvelupisteet");
    }

    [Fact]
    public async Task Page_ShouldShowTheStateAtTheChosenTime_WhenOpenAtIsChosen()
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/directory?q=kvarkki&open=at&at=2026-12-08T13%3A00", "sv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("På plats: Öppet, stänger kl. 16.00", Text(Hit(document, Migri)), StringComparison.Ordinal);
        Assert.Equal("2026-12-08T13:00", document.QuerySelector("#at")!.GetAttribute("value"));
        Assert.NotNull(document.QuerySelector("#open-at[checked]"));
    }

    [Fact]
    public async Task Page_ShouldPage_WithLinksThatKeepTheSearch()
    {
        await ImportAsync(site, Recipe([.. Enumerable.Range(10, 22).Select(n => Point(
            $"zz-s-page-{n}", Vantaa, Benefits, $"Sivutuspiste {n}", "Sida", "Page", "ngo", """["fi"]""", inPerson: Weekdays("08:00", "20:00"), notes: "Sivutus."))]));
        using var client = site.CreateSiteClient();

        var (_, first) = await client.GetPageAsync("/directory?q=sivutus&open=now");
        var next = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href");
        var (_, second) = await client.GetPageAsync(next ?? "/directory");
        var api = await ApiAsync("q=sivutus&pageSize=20&page=2");

        Assert.Equal("22 palvelupistettä", first.QuerySelector("#results-title")!.TextContent.Trim());
        Assert.Equal(20, first.QuerySelectorAll("article.directory-hit").Length);
        Assert.Equal("/directory?q=sivutus&open=now&page=2", next);
        Assert.Equal(["Sivutuspiste 30", "Sivutuspiste 31"], second.QuerySelectorAll("article.directory-hit h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(22, api.GetProperty("total").GetInt32());
        Assert.Equal(2, api.GetProperty("pageCount").GetInt32());
        Assert.Equal(["zz-s-page-30", "zz-s-page-31"], api.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()));
        Assert.Equal(2, api.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Api_ShouldDescribeEachHit_WithItsOpeningStatePerChannel()
    {
        var result = await ApiAsync("q=kela+espoo&openAt=now");

        Assert.True(result.GetProperty("hits").GetArrayLength() > 0, result.ToString());
        var hit = result.GetProperty("hits")[0];
        Assert.Equal(Kela, hit.GetProperty("id").GetString());
        Assert.Equal("Kelan palvelupiste Espoo", hit.GetProperty("name").GetString());
        Assert.Equal("/directory/" + Kela, hit.GetProperty("url").GetString());
        Assert.Equal(Espoo, hit.GetProperty("region").GetString());
        Assert.Equal("kela", hit.GetProperty("kind").GetString());
        Assert.Equal(["fi", "sv", "en"], hit.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
        Assert.True(hit.GetProperty("interpreting").GetProperty("phone").GetBoolean());
        Assert.Equal([Benefits], hit.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        var opening = hit.GetProperty("opening");
        Assert.True(opening.GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-12-07T10:00:00+02:00", opening.GetProperty("at").GetString());
        var inPerson = opening.GetProperty("channels")[0];
        Assert.Equal("inPerson", inPerson.GetProperty("channel").GetString());
        Assert.Equal("2026-12-07T16:00:00+02:00", inPerson.GetProperty("until").GetString());
        var national = await ApiAsync("q=kvarkki&region=national");
        Assert.True(national.GetProperty("hits").GetArrayLength() > 0, national.ToString());
        var migri = national.GetProperty("hits")[0].GetProperty("opening");
        Assert.False(migri.GetProperty("isOpen").GetBoolean());
        Assert.Equal("2026-12-08T12:00:00+02:00", migri.GetProperty("channels")[0].GetProperty("next").GetString());
    }

    [Theory]
    [InlineData("openAt=2026-12-08T13:00", Migri)]
    [InlineData("openAt=2026-12-08T11:00%2B00:00", Migri)]
    [InlineData("openAt=2026-12-08T11:00+00:00", Migri)]
    public async Task Api_ShouldReadOpenAt_AsLocalTimeOrAnInstantWithAnOffset(string openAt, string expected)
    {
        var result = await ApiAsync("q=kvarkki&region=national&" + openAt);

        Assert.Equal([expected], result.GetProperty("hits").EnumerateArray().Where(h => h.GetProperty("opening").GetProperty("isOpen").GetBoolean()).Select(h => h.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("en", "pageSize=0", "pageSize", "The page size must be 1–50.")]
    [InlineData("sv", "openAt=tomorrow", "openAt", "openAt är ogiltigt")]
    [InlineData("fi", "region=no-such-region", "region", "Aluetta ei löydy.")]
    [InlineData("en", "topic=no-such-topic", "topic", "Unknown topic.")]
    [InlineData("sv", "language=xx", "language", "Okänd språkkod.")]
    public async Task Api_ShouldAnswer400InTheCallersLanguage_WhenAParameterIsInvalid(string language, string query, string parameter, string message)
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/directory?" + query);
        request.Headers.AcceptLanguage.ParseAdd(language);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith(message, json.RootElement.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("open=at&at=huomenna", "at", "Aika ei kelpaa.")]
    [InlineData("open=at", "at", "Valitse päivä ja kellonaika")]
    [InlineData("region=no-such-region", "region", "Aluetta ei löydy.")]
    [InlineData("language=xx", "language", "Tuntematon kielikoodi.")]
    public async Task Page_ShouldAnswer400WithTheMessageAtTheField_WhenAValueIsInvalid(string query, string field, string message)
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/directory?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var link = document.QuerySelector($".error-summary a[href='#{field}']");
        Assert.NotNull(link);
        Assert.StartsWith(message, link.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("q=%EF%BF%BE%ED%A0%80%E2%80%8F")]
    [InlineData("q=%22%22%22%22&open=at&at=9999-99-99T99:99")]
    [InlineData("open=at&at=0001-01-01T00:00&page=-1")]
    [InlineData("region=%00&topic=%FF&language=%E2%80%AE&open=%3Cscript%3E")]
    [InlineData("q=*%3A*+OR+1%3D1--&page=99999999999999999999")]
    public async Task Garbage_ShouldNeverAnswer500(string query)
    {
        using var client = site.CreateClient();
        var longQuery = "q=" + new string('ä', 10_000);

        using var page = await client.GetAsync("/directory?" + query);
        using var api = await client.GetAsync("/api/directory?" + query.Replace("open=at&at=", "openAt=", StringComparison.Ordinal));
        using var longPage = await client.GetAsync("/directory?" + longQuery);

        Assert.True((int)page.StatusCode < 500, $"/directory?{query} answered {(int)page.StatusCode}");
        Assert.True((int)api.StatusCode < 500, $"/api/directory?{query} answered {(int)api.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, longPage.StatusCode);
    }

    [Fact]
    public async Task Publish_ShouldBeFoundByTheNextSearch_OnThisNodeAndOnAnotherSharingTheDatabase()
    {
        await using var other = new SiteOnDatabase(site.Database);
        using var otherClient = other.CreateClient();
        var word = "zzuusi" + Guid.NewGuid().ToString("N")[..6];
        var changed = "zzmuutettu" + word[6..];
        var id = "zz-s-new-" + word[6..];
        Assert.Equal(0, (await ApiAsync($"q={word}")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await ApiAsync($"q={word}", otherClient)).GetProperty("total").GetInt32());

        await ImportAsync(site, Recipe(Point(id, Vantaa, Benefits, $"Uusi {word}", "Ny", "New", "ngo", """["fi"]""", notes: "Uusi.")));
        var here = await ApiAsync($"q={word}");
        var there = await ApiAsync($"q={word}", otherClient);
        await ImportAsync(site, Recipe(Point(id, Vantaa, Benefits, $"Uusi {changed}", "Ny", "New", "ngo", """["fi", "so"]""", notes: "Uusi.")));
        var oldWordThere = await ApiAsync($"q={word}", otherClient);
        var newWordThere = await ApiAsync($"q={changed}&language=so", otherClient);

        Assert.Equal(1, here.GetProperty("total").GetInt32());
        Assert.Equal(1, there.GetProperty("total").GetInt32());
        Assert.Equal(0, oldWordThere.GetProperty("total").GetInt32());
        Assert.Equal(id, newWordThere.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Move_ShouldFileThePointUnderItsNewRegion_OnAnotherNodeSharingTheDatabase()
    {
        await using var other = new SiteOnDatabase(site.Database);
        using var otherClient = other.CreateClient();
        var word = "zzsiirto" + Guid.NewGuid().ToString("N")[..6];
        var id = "zz-s-move-" + word[8..];
        await ImportAsync(site, Recipe(Point(id, Vantaa, Benefits, $"Siirtyvä {word}", "Flyttar", "Moving", "ngo", """["fi"]""", notes: "Siirtyy.")));
        var beforeInVantaa = await ApiAsync($"q={word}&region={Vantaa}", otherClient);

        await ImportAsync(site, Recipe(Point(id, Espoo, Benefits, $"Siirtyvä {word}", "Flyttar", "Moving", "ngo", """["fi"]""", notes: "Siirtyy.")));
        var afterInVantaa = await ApiAsync($"q={word}&region={Vantaa}", otherClient);
        var afterInEspoo = await ApiAsync($"q={word}&region={Espoo}", otherClient);
        var versions = await ServicePointSeed.VersionsAsync(site, id);

        Assert.Equal(1, beforeInVantaa.GetProperty("total").GetInt32());
        Assert.Equal(0, afterInVantaa.GetProperty("total").GetInt32());
        Assert.Equal(id, afterInEspoo.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(2, versions.Count);
    }

    [Fact]
    public async Task TopicAddedOrRenamed_ShouldReachTheFiltersAndTheWords_OnAnotherNode_WithoutAPointPublished()
    {
        await using var other = new SiteOnDatabase(site.Database);
        using var otherClient = other.CreateClient();
        var word = Guid.NewGuid().ToString("N")[..6];
        var (topic, id) = ("zz-s-topic-" + word, "zz-s-topical-" + word);
        string Topics(string name) => $$"""
            { "name": "directory-topic", "steps": [ { "step": "topics", "topics": [
              { "id": "{{topic}}", "name": { "fi": "{{name}}", "sv": "{{name}}", "en": "{{name}}" } } ] } ] }
            """;
        await ApiAsync("q=kvarkki", otherClient);

        await ImportAsync(site, Topics("Zzaihe" + word));
        var newTopic = await ApiAsync($"topic={topic}", otherClient);
        await ImportAsync(site, Recipe(Point(id, Vantaa, topic, "Aiheen piste", "Ämnets punkt", "The topic's point", "ngo", """["fi"]""", notes: "Aihe.")));
        await ImportAsync(site, Topics("Zzuusinimi" + word));
        var byNewName = await ApiAsync($"q=zzuusinimi{word}", otherClient);
        var byOldName = await ApiAsync($"q=zzaihe{word}", otherClient);

        Assert.Equal(0, newTopic.GetProperty("total").GetInt32());
        Assert.Equal(id, byNewName.GetProperty("hits")[0].GetProperty("id").GetString());
        Assert.Equal(0, byOldName.GetProperty("total").GetInt32());
    }

    private static string Text(AngleSharp.Dom.IElement element) => string.Join(' ', element.TextContent.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static AngleSharp.Dom.IElement Hit(AngleSharp.Dom.IDocument document, string id) =>
        document.QuerySelectorAll("article.directory-hit").Single(a => a.QuerySelector($"h3 a[href='/directory/{id}']") is not null);

    /// <summary>The ids of this test's points among the hits, in order (the shipped points are on the site too).</summary>
    private async Task<List<string>> IdsAsync(string query)
    {
        var result = await ApiAsync(query);
        return [.. result.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Where(id => id.StartsWith(TestPointPrefix, StringComparison.Ordinal))];
    }

    private async Task<JsonElement> ApiAsync(string query, HttpClient? client = null)
    {
        using var own = client is null ? site.CreateClient() : null;
        var pageSize = query.Contains("pageSize=", StringComparison.Ordinal) ? string.Empty : "&pageSize=50";
        using var response = await (client ?? own!).GetAsync("/api/directory?" + query + pageSize);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/directory?{query} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

public sealed class DirectorySearchTestsOnSqlite(DirectorySqliteSite site) : DirectorySearchTests(site), IClassFixture<DirectorySqliteSite>;

public sealed class DirectorySearchTestsOnPostgres(DirectoryPostgresSite site) : DirectorySearchTests(site), IClassFixture<DirectoryPostgresSite>;
