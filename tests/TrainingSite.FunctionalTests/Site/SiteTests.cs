using System.Net;
using System.Text.Json;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Health, languages, error pages and security headers, the same on both providers.</summary>
public abstract class SiteTests(SiteFactory site)
{
    [Fact]
    public async Task Health_ShouldReportTheDatabase_As200()
    {
        using var client = site.CreateSiteClient();

        var response = await client.Http.GetAsync("/health");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var database = json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("data");
        Assert.Equal(site.Provider.ToString(), database.GetProperty("provider").GetString());
        Assert.True(database.GetProperty("reachable").GetBoolean());
    }

    [Theory]
    [InlineData("sv-FI,sv;q=0.9", "sv", "Sidan hittades inte")]
    [InlineData("en-GB,en;q=0.8", "en", "Page not found")]
    [InlineData("de-DE", "fi", "Sivua ei löytynyt")]
    public async Task NotFound_ShouldAnswerInTheBrowsersLanguage(string acceptLanguage, string lang, string heading)
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync("/no/such/page", acceptLanguage);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LanguageSwitcher_ShouldBeatTheBrowser_ForAnonymousVisitors()
    {
        using var client = site.CreateSiteClient();

        var (switched, _) = await client.SubmitFormAsync("/language", new Dictionary<string, string> { ["returnUrl"] = "/account/login" }, submitName: "culture", submitValue: "sv");
        var (_, page) = await client.GetPageAsync("/account/login", acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/account/login", switched.Headers.Location?.OriginalString);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Logga in", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task LanguageSwitcher_ShouldRefuseAnUnknownLanguage_And_NotRedirectAway()
    {
        using var client = site.CreateSiteClient();

        var (unknown, _) = await client.SubmitFormAsync("/language", new Dictionary<string, string>(), submitName: "culture", submitValue: "xx");
        var (offsite, _) = await client.SubmitFormAsync("/language", new Dictionary<string, string> { ["returnUrl"] = "https://evil.example/" }, submitName: "culture", submitValue: "en");

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("/", offsite.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ProfileLanguage_ShouldWinOverCookieAndBrowser()
    {
        using var client = await site.SignedInClientAsync([Roles.Learner], language: "en");

        var (_, page) = await client.GetPageAsync("/account/profile", acceptLanguage: "sv");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Pages_ShouldSendSecurityHeaders()
    {
        using var client = site.CreateSiteClient();

        var response = await client.Http.GetAsync("/account/login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite", c, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Post_ShouldAnswer400_WithoutAnAntiforgeryToken()
    {
        using var client = site.CreateSiteClient();

        var (response, _) = await client.PostAsync("/account/login", [new("Input.Email", "a@example.fi"), new("Input.Password", "x")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Navigation_ShouldShowAdministrationOnlyToThoseWhoMayUseIt()
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, learnerPage) = await learner.GetPageAsync("/account/profile");
        var (_, adminPage) = await admin.GetPageAsync("/admin");

        Assert.Null(learnerPage.QuerySelector(".main-nav a[href='/admin']"));
        Assert.NotNull(adminPage.QuerySelector(".main-nav a[href='/admin']"));
        Assert.NotNull(adminPage.QuerySelector("main a[href='/admin/users']"));
        Assert.NotNull(adminPage.QuerySelector("main a[href='/admin/recipes']"));
    }
}

public sealed class SiteTestsOnSqlite(SqliteSiteFactory site) : SiteTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SiteTestsOnPostgres(PostgresSiteFactory site) : SiteTests(site), IClassFixture<PostgresSiteFactory>;
