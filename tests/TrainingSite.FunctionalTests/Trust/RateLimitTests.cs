using System.Net;
using System.Text.Json;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>
/// Each purpose has its own bucket per client address (small limits here through RateLimits:*): over the limit the
/// answer is 429 with Retry-After and a localized message, and one bucket running out leaves the others alone.
/// </summary>
public abstract class RateLimitTests(RateLimitSite site)
{
    [Theory]
    [InlineData("fi", "Liian monta pyyntöä tältä osoitteelta")]
    [InlineData("en", "Too many requests from this address")]
    public async Task SearchApi_ShouldAnswer429WithRetryAfter_AndALocalizedProblem_OverItsLimit(string language, string detail)
    {
        using var client = site.ClientFrom(RateLimitSite.NewAddress());

        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < RateLimitSite.SearchLimit; i++)
        {
            allowed.Add((await client.Http.GetAsync("/api/guidance/search?q=tuki&lang=fi")).StatusCode);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/guidance/search?q=tuki&lang=fi");
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var over = await client.Http.SendAsync(request);
        using var problem = JsonDocument.Parse(await over.Content.ReadAsStringAsync());

        Assert.All(allowed, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.True(over.Headers.RetryAfter?.Delta?.TotalSeconds > 0, $"Retry-After: {over.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", over.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith(detail, problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fi", "Liian monta pyyntöä")]
    [InlineData("en", "Too many requests")]
    public async Task SearchPage_ShouldAnswerTheLocalized429Page_WithRetryAfter(string language, string heading)
    {
        using var client = site.ClientFrom(RateLimitSite.NewAddress());
        for (var i = 0; i < RateLimitSite.SearchLimit; i++)
        {
            await client.GetPageAsync("/guidance?q=tuki");
        }

        var (over, page) = await client.GetPageAsync("/guidance?q=tuki", language);

        Assert.Equal(HttpStatusCode.TooManyRequests, over.StatusCode);
        Assert.NotNull(over.Headers.RetryAfter);
        Assert.Equal(heading, page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task SignIn_ShouldNotStopRegistrationOrSearch_WhenItsBucketIsSpent()
    {
        using var client = site.ClientFrom(RateLimitSite.NewAddress());
        var wrong = new Dictionary<string, string> { ["Input.Email"] = "nobody@example.fi", ["Input.Password"] = "wrong-password" };

        var signIns = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitSite.SignInLimit; i++)
        {
            signIns.Add((await client.SubmitFormAsync("/account/login", wrong)).Response.StatusCode);
        }

        var (registration, _) = await client.SubmitFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.Email"] = $"new-{Guid.NewGuid():N}@example.fi",
            ["Input.DisplayName"] = "Uusi Neuvoja",
            ["Input.Password"] = SiteFactory.DefaultPassword,
            ["Input.ConfirmPassword"] = SiteFactory.DefaultPassword,
        });
        var search = await client.Http.GetAsync("/api/guidance/search?q=tuki&lang=fi");

        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, signIns[..^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, signIns[^1]);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, registration.StatusCode);
        Assert.True((int)registration.StatusCode < 500, $"registration answered {(int)registration.StatusCode}");
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task Buckets_ShouldCountEachClientAddressApart()
    {
        using var first = site.ClientFrom(RateLimitSite.NewAddress());
        using var second = site.ClientFrom(RateLimitSite.NewAddress());
        for (var i = 0; i < RateLimitSite.SearchLimit; i++)
        {
            await first.Http.GetAsync("/api/guidance/search?q=tuki&lang=fi");
        }

        var firstOver = await first.Http.GetAsync("/api/guidance/search?q=tuki&lang=fi");
        var secondFirst = await second.Http.GetAsync("/api/guidance/search?q=tuki&lang=fi");

        Assert.Equal(HttpStatusCode.TooManyRequests, firstOver.StatusCode);
        Assert.Equal(HttpStatusCode.OK, secondFirst.StatusCode);
    }

    [Fact]
    public async Task AllowedHosts_ShouldTurnAwayAnotherHost()
    {
        using var client = site.ClientFrom(RateLimitSite.NewAddress());
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://evil.example/account/login");

        using var evil = await client.Http.SendAsync(request);
        using var own = await client.Http.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task ForwardedHeaders_ShouldBeIgnored_WhenNoProxyIsConfigured()
    {
        using var client = site.ClientFrom("10.0.0.1");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitSite.SearchLimit; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/guidance/search?q=tuki&lang=fi");
            request.Headers.Add("X-Forwarded-For", $"203.0.113.{i + 1}");
            request.Headers.Add("X-Forwarded-Proto", "https");
            statuses.Add((await client.Http.SendAsync(request)).StatusCode);
        }

        using var login = new HttpRequestMessage(HttpMethod.Get, "/account/login");
        login.Headers.Add("X-Forwarded-Proto", "https");
        var page = await client.Http.SendAsync(login);

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.DoesNotContain(page.Headers.GetValues("Set-Cookie"), cookie => cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}

/// <summary>Small limits, and no trusted proxy.</summary>
public abstract class RateLimitSite : SiteFactory
{
    public const int SearchLimit = 3;
    public const int SignInLimit = 2;

    private static int _next;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:Search"] = SearchLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignIn"] = SignInLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Registration"] = "2",
        ["AllowedHosts"] = "koulutus.example.fi;localhost",
    };

    /// <summary>A client address no other test uses, so each test starts with full buckets.</summary>
    public static string NewAddress() => $"192.0.2.{Interlocked.Increment(ref _next)}";

    /// <summary>A client whose requests come from <paramref name="address"/> (the connection's address).</summary>
    public SiteClient ClientFrom(string address)
    {
        var client = CreateSiteClient();
        client.Http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return client;
    }
}

public sealed class SqliteRateLimitSite : RateLimitSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresRateLimitSite : RateLimitSite
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

public sealed class RateLimitTestsOnSqlite(SqliteRateLimitSite site) : RateLimitTests(site), IClassFixture<SqliteRateLimitSite>;

public sealed class RateLimitTestsOnPostgres(PostgresRateLimitSite site) : RateLimitTests(site), IClassFixture<PostgresRateLimitSite>;
