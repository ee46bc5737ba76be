using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Trust;

/// <summary>
/// Every page and endpoint, found from the site's own endpoint data (a page added tomorrow is covered tomorrow),
/// answers a method it does not take (TRACE, PUT, DELETE, PATCH) with 405 and an Allow header; GET and HEAD still work.
/// </summary>
public abstract partial class HttpMethodTests(SiteFactory site)
{
    private static readonly string[] Unsupported = ["TRACE", "PUT", "DELETE", "PATCH"];

    [Fact]
    public async Task EveryEndpoint_ShouldAnswer405WithAllow_ToAMethodItDoesNotTake()
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var routes = endpoints.GroupBy(e => Url(e.RoutePattern.RawText ?? string.Empty))
            .ToDictionary(g => g.Key, g => g.SelectMany(Methods).ToHashSet(StringComparer.OrdinalIgnoreCase));
        using var client = site.CreateSiteClient();

        var failures = new List<string>();
        var sent = 0;
        foreach (var (url, allowed) in routes)
        {
            foreach (var method in Unsupported.Where(m => !allowed.Contains(m) && !allowed.Contains("*")))
            {
                using var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));
                sent++;
                var allow = response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow)
                    : response.Headers.TryGetValues("Allow", out var values) ? string.Join(", ", values) : string.Empty;
                if (response.StatusCode != HttpStatusCode.MethodNotAllowed || allow.Length == 0 || allow.Contains(method, StringComparison.OrdinalIgnoreCase))
                {
                    failures.Add($"{method} {url}: {(int)response.StatusCode}, Allow: {allow}");
                }
            }
        }

        Assert.True(routes.Count >= 30, $"only {routes.Count} routes discovered");
        Assert.True(sent >= 100, $"only {sent} requests sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/guidance")]
    [InlineData("/courses")]
    [InlineData("/health")]
    public async Task GetAndHead_ShouldStillWork(string url)
    {
        using var client = site.CreateSiteClient();

        using var get = await client.Http.GetAsync(url);
        using var head = await client.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    [Fact]
    public async Task Trace_ShouldGetTheLocalized405Page_WithAllow()
    {
        using var client = site.CreateSiteClient();
        using var request = new HttpRequestMessage(HttpMethod.Trace, "/account/login");
        request.Headers.AcceptLanguage.ParseAdd("en");

        using var response = await client.Http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Contains("Action not supported", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Input.Password", html, StringComparison.Ordinal);
    }

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } methods ? methods : ["*"];

    /// <summary>A URL the pattern matches: each parameter gets a value its constraint accepts.</summary>
    private static string Url(string pattern)
    {
        var url = Parameter().Replace(pattern, m => m.Value.Contains(":int", StringComparison.Ordinal) ? "1" : "sample");
        return "/" + url.TrimStart('/');
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}

public sealed class HttpMethodTestsOnSqlite(SqliteSiteFactory site) : HttpMethodTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class HttpMethodTestsOnPostgres(PostgresSiteFactory site) : HttpMethodTests(site), IClassFixture<PostgresSiteFactory>;
