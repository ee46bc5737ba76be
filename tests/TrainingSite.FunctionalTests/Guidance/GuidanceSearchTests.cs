using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.CommandLine;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Recipes.Services;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Guidance;

/// <summary>The guidance search's API and pages over the shipped content, the same on both providers.</summary>
public abstract class GuidanceSearchTests(SiteFactory site)
{
    /// <summary>What users may type: operators of FTS5 and tsquery, quotes, brackets, control characters, emoji, RTL, SQL.</summary>
    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"\"", "'", "a' OR '1'='1", "asumistuki\" OR \"x", "NEAR(asumistuki tuki)", "asumis*", "^tuki", "tuki:A",
        "!tuki & (kela | vero)", "(((", ")))", "{col}: x", "-", "--", "/* */", "\\", "%_%", "\u0000\u0001\u001f", "\u202eäöå",
        "😀🏠💶", "مرحبا بالعالم", "שלום", "日本語の検索", new string('a', 10_000), string.Join(' ', Enumerable.Repeat("asumistuki", 2_000)),
        "t_asumistuki l_tuki p_tuki f_x", "DROP TABLE \"GuidanceSearchDocuments\";", "   ",
    };

    [Fact]
    public async Task Api_ShouldAnswerTheDocumentedShape_WhenSearchingAnInflectedWord()
    {
        using var client = site.CreateClient();

        var result = await GuidanceApi.SearchAsync(client, "asumistukea", "fi");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var hit = result.GetProperty("hits")[0];
        foreach (var field in new[] { "id", "title", "snippet", "language", "region", "topic", "url", "score" })
        {
            Assert.True(hit.TryGetProperty(field, out _), $"hit has no {field}");
        }

        Assert.Contains("kela-general-housing-allowance", GuidanceApi.Ids(result).Take(3));
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/guidance/", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        foreach (var facet in new[] { "topic", "region", "language" })
        {
            Assert.True(result.GetProperty("facets").GetProperty(facet).GetArrayLength() > 0, facet);
        }
    }

    [Fact]
    public async Task Api_ShouldHideNetworkArticles_WhenTheCallerIsAnonymous()
    {
        using var anonymous = site.CreateClient();
        await site.CreateUserAsync("network@example.fi", [Roles.NetworkMember]);
        using var member = site.CreateSiteClient();
        await member.SignInAsync("network@example.fi", SiteFactory.DefaultPassword);

        var hidden = await GuidanceApi.SearchAsync(anonymous, "selkokieli ohjaustyössä", "fi");
        var shown = await GuidanceApi.SearchAsync(member.Http, "selkokieli ohjaustyössä", "fi");
        var page = await anonymous.GetAsync("/guidance/network-plain-language-in-guidance");

        Assert.DoesNotContain("network-plain-language-in-guidance", GuidanceApi.Ids(hidden));
        Assert.Contains("network-plain-language-in-guidance", GuidanceApi.Ids(shown));
        Assert.True(shown.GetProperty("total").GetInt32() > hidden.GetProperty("total").GetInt32(), "counts must not include network articles for anonymous callers");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
    }

    [Fact]
    public async Task Api_ShouldNarrowResultsAndCounts_WhenAFacetIsChosen()
    {
        using var client = site.CreateClient();

        var all = await GuidanceApi.SearchAsync(client, "hakeminen", "fi", "&pageSize=50");
        var housing = await GuidanceApi.SearchAsync(client, "hakeminen", "fi", "&topic=housing&pageSize=50");
        var national = await GuidanceApi.SearchAsync(client, "hakeminen", "fi", "&region=national&pageSize=50");

        var housingCount = all.GetProperty("facets").GetProperty("topic").EnumerateArray().Single(f => f.GetProperty("id").GetString() == "housing").GetProperty("count").GetInt32();
        Assert.Equal(housingCount, housing.GetProperty("total").GetInt32());
        Assert.All(housing.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("housing", hit.GetProperty("topic").GetString()));
        Assert.All(national.GetProperty("hits").EnumerateArray(), hit => Assert.Equal("national", hit.GetProperty("region").GetString()));
        Assert.True(national.GetProperty("total").GetInt32() < all.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Api_ShouldShowAnArticleInTheSearchLanguage_WhenItMatchedThroughAnotherTranslation()
    {
        using var client = site.CreateClient();

        var swedishQuery = await GuidanceApi.SearchAsync(client, "bostadsbidrag", "fi");

        var hit = swedishQuery.GetProperty("hits").EnumerateArray().First(h => h.GetProperty("id").GetString() == "kela-general-housing-allowance");
        Assert.Equal("fi", hit.GetProperty("language").GetString());
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Search_ShouldAnswerWithoutError_WhenTheQueryIsHostile(string query)
    {
        using var client = site.CreateClient();

        using var api = await client.GetAsync($"/api/guidance/search?q={Uri.EscapeDataString(query)}&lang=fi");
        using var page = await client.GetAsync($"/guidance?q={Uri.EscapeDataString(query)}");

        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        Assert.True(json.RootElement.GetProperty("total").GetInt32() >= 0);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Api_ShouldAnswer400InTheCallersLanguage_WhenParametersAreInvalid()
    {
        using var client = site.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/guidance/search?q=tuki&lang=xx&page=0&pageSize=1000&topic=%22%3B");
        request.Headers.AcceptLanguage.ParseAdd("sv");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("Okänt språk", body, StringComparison.Ordinal);
        Assert.Contains("pageSize", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_ShouldSuggestASpelling_WhenNothingMatches()
    {
        using var client = site.CreateSiteClient();

        var (response, document) = await client.GetPageAsync("/guidance?q=asumistki+qwxyzzv+zzqqxxv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var suggestion = document.QuerySelectorAll("a").FirstOrDefault(a => a.TextContent.Contains("asumistuki", StringComparison.Ordinal));
        Assert.NotNull(suggestion);
    }

    [Fact]
    public async Task SearchPage_ShouldListResultsWithFacets_WithoutJavaScript()
    {
        using var client = site.CreateSiteClient();

        var (_, document) = await client.GetPageAsync("/guidance?q=paivahoito", "en");

        Assert.NotEmpty(document.QuerySelectorAll(".hit"));
        Assert.NotEmpty(document.QuerySelectorAll(".facet a[href*='topic=']"));
        Assert.NotNull(document.QuerySelector("form[role=search] input[name=q]"));
    }

    [Fact]
    public async Task ArticlePage_ShouldShowTheTranslationAndAFallbackNotice_WhenTheLanguageIsMissing()
    {
        // Every shipped article has Swedish now, so the test brings its own article without it.
        var id = GuidanceSeed.NewId("fb");
        await GuidanceSeed.ImportAsync(site, $$"""
            { "id": "{{id}}", "region": "espoo", "topic": "housing", "audience": "public", "tags": [],
              "title": { "fi": "Ohje {{id}}", "en": "Article {{id}}" }, "body": { "fi": "Teksti.", "en": "Text." } }
            """);
        using var client = site.CreateSiteClient();

        var (swedish, swedishPage) = await client.GetPageAsync("/guidance/kela-general-housing-allowance?language=sv");
        var (_, regional) = await client.GetPageAsync($"/guidance/{id}", "sv");

        Assert.Equal(HttpStatusCode.OK, swedish.StatusCode);
        Assert.Contains("bostadsbidrag", swedishPage.QuerySelector("h1")!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(regional.QuerySelector(".notice--info"));
        Assert.NotEmpty(regional.QuerySelectorAll(".related a"));
    }

    [Fact]
    public async Task Index_ShouldChangeWithTheRecipeTransaction_WhenAnArticleIsImportedPublishedOrDraft()
    {
        const string recipe = """
            { "name": "t", "steps": [ { "step": "guidance", "articles": [
              { "id": "zebra-published", "topic": "housing", "audience": "public", "tags": [], "title": { "fi": "Seeprapalvelu" }, "body": { "fi": "Seeprapalvelun ohje." } },
              { "id": "zebra-draft", "topic": "housing", "status": "draft", "title": { "fi": "Seepraluonnos" }, "body": { "fi": "Luonnos seeprapalvelusta." } } ] } ] }
            """;
        var result = await site.WithServiceAsync(services => services.GetRequiredService<RecipeEngine>().ImportAsync(recipe, "test", CancellationToken.None));
        using var client = site.CreateClient();

        var found = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, "seeprapalveluun", "fi"));

        Assert.True(result.Succeeded, string.Join("; ", result.Problems));
        Assert.Contains("zebra-published", found);
        Assert.DoesNotContain("zebra-draft", found);
    }

    [Fact]
    public async Task Reindex_ShouldRebuildTheSameIndex_WhenRunFromTheCommandLine()
    {
        using var client = site.CreateClient();
        var before = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, "toimeentulotuki", "fi"));
        using var output = new StringWriter();

        var exit = await site.WithServiceAsync(services => services.GetServices<ICommandLineVerb>().Single(v => v.Name == "search").RunAsync(["reindex"], output, TextWriter.Null, CancellationToken.None));
        var after = GuidanceApi.Ids(await GuidanceApi.SearchAsync(client, "toimeentulotuki", "fi"));

        Assert.Equal(0, exit);
        Assert.Contains("Indexed", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, after);
    }
}

public sealed class GuidanceSearchTestsOnSqlite(SqliteSiteFactory site) : GuidanceSearchTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class GuidanceSearchTestsOnPostgres(PostgresSiteFactory site) : GuidanceSearchTests(site), IClassFixture<PostgresSiteFactory>;
