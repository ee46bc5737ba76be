using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>
/// Reset links come from Site:PublicBaseUrl, never from the Host header: a forged Host once sent a live reset token
/// to an attacker's domain. Without the setting the first address in Urls is used and the start-up log says so.
/// </summary>
public abstract class PublicAddressTests(SiteFactory site, string expectedBase)
{
    [Fact]
    public async Task ResetMail_ShouldLinkToThePublicAddress_WhenTheHostHeaderIsForged()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var attacker = new SiteClient(site.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://evil.example"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        }));

        var (response, _) = await attacker.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var link = MailFiles.ResetLink(await MailFiles.ReadToAsync(site.MailFolder, email));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(expectedBase + "/account/reset-password?", link, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", link, StringComparison.OrdinalIgnoreCase);
    }
}

public abstract class PublicAddressSite : SiteFactory
{
    public const string PublicBaseUrl = "https://koulutus.example.fi";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Site:PublicBaseUrl"] = PublicBaseUrl + "/",
    };
}

/// <summary>No Site:PublicBaseUrl: the first of the Urls, its wildcard host read as localhost.</summary>
public abstract class UrlsFallbackSite : SiteFactory
{
    public const string ExpectedBase = "http://localhost:5123";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Urls"] = "http://+:5123;https://localhost:5124",
    };
}

public abstract class UrlsFallbackTests(UrlsFallbackSite site) : PublicAddressTests(site, UrlsFallbackSite.ExpectedBase)
{
    [Fact]
    public void StartupLog_ShouldWarnThatMailLinksUseTheFallback_AndNameTheSetting()
    {
        var warning = site.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("Site:PublicBaseUrl", StringComparison.Ordinal)).ToList();

        Assert.Single(warning);
        Assert.Contains(UrlsFallbackSite.ExpectedBase, warning[0], StringComparison.Ordinal);
    }
}

public sealed class SqlitePublicAddressSite : PublicAddressSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresPublicAddressSite : PublicAddressSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed class SqliteUrlsFallbackSite : UrlsFallbackSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresUrlsFallbackSite : UrlsFallbackSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed class PublicAddressTestsOnSqlite(SqlitePublicAddressSite site)
    : PublicAddressTests(site, PublicAddressSite.PublicBaseUrl), IClassFixture<SqlitePublicAddressSite>;

public sealed class PublicAddressTestsOnPostgres(PostgresPublicAddressSite site)
    : PublicAddressTests(site, PublicAddressSite.PublicBaseUrl), IClassFixture<PostgresPublicAddressSite>;

public sealed class UrlsFallbackTestsOnSqlite(SqliteUrlsFallbackSite site) : UrlsFallbackTests(site), IClassFixture<SqliteUrlsFallbackSite>;

public sealed class UrlsFallbackTestsOnPostgres(PostgresUrlsFallbackSite site) : UrlsFallbackTests(site), IClassFixture<PostgresUrlsFallbackSite>;
