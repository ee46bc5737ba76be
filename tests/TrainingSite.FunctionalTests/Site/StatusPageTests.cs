using System.Net;
using System.Reflection;
using System.Text.Json;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>/status says in plain words, in the visitor's language, what /health reports for machines, and nothing more.</summary>
public abstract class StatusPageTests(SiteFactory site)
{
    [Theory]
    [InlineData("fi", "Palvelun tila", "Tietokanta", "toimii", "Ohjeiden haku")]
    [InlineData("sv", "Tjänstens status", "Databas", "fungerar", "Sökning i anvisningarna")]
    [InlineData("en", "Service status", "Database", "working", "Guidance search")]
    public async Task Status_ShouldSayInPlainWordsWhatHealthReports_InTheVisitorsLanguage(string language, string heading, string database, string works, string search)
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.GetPageAsync("/status", language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
        var terms = page.QuerySelectorAll("main dl dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal([database, search], terms);
        Assert.Equal(works, page.QuerySelector("main dd[data-state=Works]")?.TextContent);
        Assert.NotNull(page.QuerySelector("main [role=status]"));
        Assert.NotNull(page.QuerySelector("main a[href='/health']"));
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ShouldShowNoneOfHealthsTechnicalDetail()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync("/status");

        var text = page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain(site.Provider.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("migration", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("voikko", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("snowball", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Path.GetTempPath(), text, StringComparison.Ordinal);
        Assert.DoesNotContain("Healthy", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_ShouldShowTheRunningVersionAndCommit_AndHealthsJsonShouldCarryIt()
    {
        var informational = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var (number, commit) = informational.Split('+') is [var n, var c] ? (n, c) : (informational, null);
        using var client = site.CreateSiteClient();

        var (_, english) = await client.GetPageAsync("/status", "en");
        var (_, finnish) = await client.GetPageAsync("/status", "fi");
        using var json = JsonDocument.Parse(await client.Http.GetStringAsync("/health"));

        var line = english.QuerySelector("main [data-version]");
        Assert.Equal(informational, line?.GetAttribute("data-version"));
        Assert.StartsWith($"Version {number}", line?.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"Versio {number}", finnish.QuerySelector("main [data-version]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(commit is null ? number : $"(source revision {commit[..Math.Min(12, commit.Length)]})", line?.TextContent, StringComparison.Ordinal);
        Assert.Equal(informational, json.RootElement.GetProperty("version").GetString());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Object, json.RootElement.GetProperty("checks").ValueKind);
    }

    [Fact]
    public async Task Footer_ShouldLinkToTheStatusPage_NotTheJson()
    {
        using var client = site.CreateSiteClient();

        var (_, page) = await client.GetPageAsync("/courses");

        Assert.NotNull(page.QuerySelector("footer a[href='/status']"));
        Assert.Null(page.QuerySelector("footer a[href='/health']"));
    }
}

public sealed class StatusPageTestsOnSqlite(SqliteSiteFactory site) : StatusPageTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class StatusPageTestsOnPostgres(PostgresSiteFactory site) : StatusPageTests(site), IClassFixture<PostgresSiteFactory>;
