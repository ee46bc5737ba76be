using System.Net;
using Xunit.Abstractions;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Every discovered page handler and API endpoint, called as each kind of user and as a coordinator of another
/// region: whoever <see cref="AccessRules"/> does not allow is turned away (sign-in, 401, 403 or 404), before the
/// handler does anything; whoever it allows can open every page.
/// </summary>
public abstract class AuthorizationWalkTests(SecuritySite site, ITestOutputHelper output)
{
    [Fact]
    public async Task EveryHandler_ShouldTurnAwayEveryoneTheAccessRulesDoNotAllow()
    {
        // Arrange
        var handlers = await EndpointCatalog.DiscoverAsync(site.Services);
        var samples = new RouteSamples(site);
        var callers = await Caller.EveryoneAsync(site);
        var unclassified = handlers.Where(h => AccessRules.For(h.Template) is null).Select(h => h.ToString()).ToList();
        var holes = new List<string>();
        var unreachable = new List<string>();
        var checks = 0;

        // Act: denied callers try every handler (posts with their own valid token); allowed callers open every page.
        foreach (var handler in handlers.Where(h => AccessRules.For(h.Template) is not null))
        {
            var access = AccessRules.For(handler.Template)!.Value;
            foreach (var scope in ScopesOf(access))
            {
                var url = Url(samples.Fill(handler.Template, scope, handler.HandlerName), handler.HandlerQuery);
                foreach (var caller in callers)
                {
                    var allowed = AccessRules.Allows(access, caller.Name, scope);
                    if (allowed && handler.IsPost)
                    {
                        continue; // An allowed post would change the world the other checks stand on.
                    }

                    await caller.EnsureSignedInAsync();
                    var body = handler.IsPost ? HostileValues.FormBody(handler.Fields, "1", [new("__RequestVerificationToken", caller.Token)]) : null;
                    var response = await caller.SendAsync(handler.Method, url, body);
                    checks++;
                    if (!allowed && !TurnedAway(response, caller))
                    {
                        holes.Add($"{(int)response.StatusCode} {handler} ({scope}) let in {caller.Name}: {handler.Method} {url}");
                    }
                    else if (allowed && AccessRules.AnswersSuccessOnGet(handler.Template) && TurnedAway(response, caller))
                    {
                        unreachable.Add($"{(int)response.StatusCode} {handler} ({scope}) turned away {caller.Name}: {url}");
                    }
                }
            }
        }

        foreach (var caller in callers)
        {
            caller.Dispose();
        }

        // Assert
        output.WriteLine($"{handlers.Count} handlers, {checks} authorization checks, {holes.Count} holes, {unreachable.Count} allowed callers turned away.");
        Assert.True(unclassified.Count == 0, "Routes no access rule covers (add them to AccessRules):\n" + string.Join('\n', unclassified));
        Assert.True(holes.Count == 0, "Handlers that let in someone they should not:\n" + string.Join('\n', holes));
        Assert.True(unreachable.Count == 0, "Pages an allowed caller could not open:\n" + string.Join('\n', unreachable));
    }

    private static IEnumerable<RouteSamples.Scope> ScopesOf(Access access) =>
        access is Access.RegionalAuthor or Access.CourseReporters ? [RouteSamples.Scope.Espoo, RouteSamples.Scope.National] : [RouteSamples.Scope.Espoo];

    /// <summary>Turned away: sent to sign in (anonymous), or answered 401, 403 or 404.</summary>
    private static bool TurnedAway(HttpResponseMessage response, Caller caller) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound
        || (caller.IsAnonymous && response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true);

    private static string Url(string path, string query) => query.Length == 0 ? path : $"{path}?{query}";
}

public sealed class AuthorizationWalkTestsOnSqlite(SqliteSecuritySite site, ITestOutputHelper output) : AuthorizationWalkTests(site, output), IClassFixture<SqliteSecuritySite>;

public sealed class AuthorizationWalkTestsOnPostgres(PostgresSecuritySite site, ITestOutputHelper output) : AuthorizationWalkTests(site, output), IClassFixture<PostgresSecuritySite>;
