using System.Net;
using TrainingSite.Data.Configuration;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>
/// Behind a reverse proxy (Site:KnownProxies / Site:KnownNetworks) the forwarded client and scheme are believed, so
/// clients get buckets of their own and "is this HTTPS" is right; from anyone else the headers change nothing.
/// </summary>
public abstract class TrustedProxyTests(TrustedProxySite site)
{
    [Theory]
    [InlineData(TrustedProxySite.Proxy, "203.0.113.10", "2001:db8:10::7")]
    [InlineData("172.16.5.9", "203.0.113.20", "2001:db8:20::7")] // a proxy in Site:KnownNetworks
    public async Task ForwardedClients_ShouldGetBucketsOfTheirOwn_FromATrustedProxy(string proxy, string first, string second)
    {
        using var client = site.ClientFrom(proxy);

        var firstStatuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitSite.SearchLimit; i++)
        {
            firstStatuses.Add(await SearchAsync(client, first));
        }

        var secondStatus = await SearchAsync(client, second);

        Assert.All(firstStatuses[..^1], status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, firstStatuses[^1]);
        Assert.Equal(HttpStatusCode.OK, secondStatus);
    }

    [Fact]
    public async Task ForwardedHeaders_ShouldBeIgnored_FromAnUntrustedAddress()
    {
        using var client = site.ClientFrom("198.51.100.77");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitSite.SearchLimit; i++)
        {
            statuses.Add(await SearchAsync(client, $"203.0.113.{i + 1}"));
        }

        var login = await LoginPageAsync(client);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(login.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ForwardedProtoHttps_ShouldMakeCookiesSecure_FromATrustedProxy()
    {
        using var client = site.ClientFrom(TrustedProxySite.Proxy);

        var login = await LoginPageAsync(client);

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), cookie => cookie.StartsWith("ts.af", StringComparison.Ordinal) && cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<HttpStatusCode> SearchAsync(Testing.SiteClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/guidance/search?q=tuki&lang=fi");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpResponseMessage> LoginPageAsync(Testing.SiteClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        request.Headers.Add("X-Forwarded-For", "203.0.113.200");
        request.Headers.Add("X-Forwarded-Proto", "https");
        return await client.Http.SendAsync(request);
    }
}

public abstract class TrustedProxySite : RateLimitSite
{
    public const string Proxy = "10.1.2.3";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Site:KnownProxies"] = Proxy,
        ["Site:KnownNetworks:0"] = "172.16.0.0/12",
    };
}

public sealed class SqliteTrustedProxySite : TrustedProxySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresTrustedProxySite : TrustedProxySite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed class TrustedProxyTestsOnSqlite(SqliteTrustedProxySite site) : TrustedProxyTests(site), IClassFixture<SqliteTrustedProxySite>;

public sealed class TrustedProxyTestsOnPostgres(PostgresTrustedProxySite site) : TrustedProxyTests(site), IClassFixture<PostgresTrustedProxySite>;
