using System.Collections.Concurrent;
using System.Net;
using Xunit.Abstractions;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Every discovered page handler and API endpoint, sent hostile values in every field and route value and with
/// missing or forged antiforgery tokens, as anonymous, learner, coordinator and administrator: nothing answers 5xx,
/// and no post without a valid token does anything.
/// </summary>
public abstract class HostileInputTests(SecuritySite site, ITestOutputHelper output)
{
    private static readonly string[] CallerNames = ["anonymous", "learner", "coordinator-espoo", "admin"];

    [Fact]
    public async Task EveryHandler_ShouldNeverAnswer5xx_WhenSentHostileInput()
    {
        // Arrange
        var handlers = await EndpointCatalog.DiscoverAsync(site.Services);
        var samples = new RouteSamples(site);
        var callers = (await Caller.EveryoneAsync(site)).Where(c => CallerNames.Contains(c.Name)).ToList();
        var serverErrors = new ConcurrentBag<string>();
        var acceptedWithoutToken = new ConcurrentBag<string>();
        var sent = 0;

        // Act: each caller walks every handler; callers run side by side, as real clients would, except the administrator,
        // whose hostile posts may delete what the others' requests stand on, so it goes last.
        async Task WalkAsync(Caller caller)
        {
            foreach (var handler in handlers)
            {
                await caller.EnsureSignedInAsync();
                foreach (var (label, method, url, body) in Requests(handler, samples, caller.Token))
                {
                    var response = await caller.SendAsync(method, url, body);
                    Interlocked.Increment(ref sent);
                    var status = (int)response.StatusCode;
                    if (status >= 500)
                    {
                        serverErrors.Add($"{status} {handler} as {caller.Name}, {label}: {method} {Shorten(url)} {response.ReasonPhrase}");
                    }
                    else if (label.StartsWith("antiforgery", StringComparison.Ordinal) && Succeeded(response))
                    {
                        acceptedWithoutToken.Add($"{status} {handler} as {caller.Name}, {label}");
                    }
                }
            }
        }

        await Task.WhenAll(callers.Where(c => c.Name != "admin").Select(WalkAsync));
        await WalkAsync(callers.Single(c => c.Name == "admin"));
        foreach (var caller in callers)
        {
            caller.Dispose();
        }

        // Assert
        output.WriteLine($"{handlers.Count} handlers discovered, {sent} hostile requests sent, {serverErrors.Count} answered 5xx.");
        Assert.True(handlers.Count > 40, $"Only {handlers.Count} handlers discovered: the catalog is not reading the site's endpoints.");
        Assert.True(serverErrors.IsEmpty, string.Join('\n', serverErrors.Distinct().Order().Take(60)));
        Assert.True(acceptedWithoutToken.IsEmpty, "Posts accepted without a valid antiforgery token:\n" + string.Join('\n', acceptedWithoutToken.Distinct().Order()));
    }

    /// <summary>Hostile field values (all fields at once), then hostile route values one parameter at a time, then bad tokens.</summary>
    private static IEnumerable<(string Label, string Method, string Url, string? Body)> Requests(DiscoveredHandler handler, RouteSamples samples, string token)
    {
        var path = samples.Fill(handler.Template, handlerName: handler.HandlerName);
        var tokenPair = new KeyValuePair<string, string>[] { new("__RequestVerificationToken", token) };
        foreach (var (name, value) in HostileValues.Fields)
        {
            yield return handler.IsPost
                ? ($"fields {name}", "POST", Url(path, handler.HandlerQuery), HostileValues.FormBody(handler.Fields, value, tokenPair))
                : ($"query {name}", handler.Method, Url(path, Join(handler.HandlerQuery, HostileValues.FormBody(handler.Fields, value, []))), null);
        }

        foreach (var parameter in RouteSamples.Parameters(handler.Template).Where(p => p != "handler"))
        {
            foreach (var (name, value) in HostileValues.RouteSegments)
            {
                var hostilePath = samples.Fill(handler.Template, handlerName: handler.HandlerName, overrideValue: p => p == parameter ? value : null);
                yield return ($"route {parameter} {name}", handler.Method, Url(hostilePath, handler.HandlerQuery), handler.IsPost ? HostileValues.FormBody([], string.Empty, tokenPair) : null);
            }
        }

        // A handler name the page does not have, as a crafted form or link would send it.
        if (!handler.Template.Contains("{handler", StringComparison.Ordinal))
        {
            yield return ("unknown handler", handler.Method, Url(path, "handler=Nope"), handler.IsPost ? HostileValues.FormBody([], string.Empty, tokenPair) : null);
        }

        if (handler.IsPost)
        {
            var benign = HostileValues.FormBody(handler.Fields, "1", []);
            yield return ("antiforgery missing", "POST", Url(path, handler.HandlerQuery), benign);
            yield return ("antiforgery forged", "POST", Url(path, handler.HandlerQuery), Join(benign, "__RequestVerificationToken=CfDJ8Forged" + new string('A', 120)));
        }
    }

    /// <summary>A post that did something: a 2xx, or a redirect anywhere but the sign-in page.</summary>
    private static bool Succeeded(HttpResponseMessage response) =>
        response.IsSuccessStatusCode
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found
            && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) != true);

    private static string Url(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : $"{a}&{b}";

    private static string Shorten(string url) => url.Length > 160 ? url[..160] + "…" : url;
}

public sealed class HostileInputTestsOnSqlite(SqliteSecuritySite site, ITestOutputHelper output) : HostileInputTests(site, output), IClassFixture<SqliteSecuritySite>;

public sealed class HostileInputTestsOnPostgres(PostgresSecuritySite site, ITestOutputHelper output) : HostileInputTests(site, output), IClassFixture<PostgresSecuritySite>;
