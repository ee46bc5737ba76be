using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Availability;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>
/// The database goes away under a running site and comes back: pages answer 503 with Retry-After and a
/// localized "temporarily unavailable" page, APIs a JSON problem; the log says once that it went and once that
/// it came back (with the failed requests counted), with no stack trace per request; no restart is needed.
/// </summary>
public sealed class DatabaseOutageTests(RelayedPostgresSiteFactory site) : IClassFixture<RelayedPostgresSiteFactory>
{
    [Fact]
    public async Task DatabaseAway_ShouldAnswer503Localized_LogOnceEachWay_AndRecoverWithoutARestart()
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        using var visitor = site.CreateSiteClient();
        var (before, _) = await visitor.GetPageAsync("/courses");
        var token = await visitor.AntiforgeryTokenAsync("/account/login");
        var logsBefore = site.Logs.Entries.Count;

        site.Relay.Cut();
        var (finnish, finnishPage) = await visitor.GetPageAsync("/courses");
        var (swedish, swedishPage) = await visitor.GetPageAsync("/guidance?q=asuminen", "sv");
        var (english, englishPage) = await learner.GetPageAsync("/dashboard", "en");
        using var api = await visitor.Http.GetAsync("/api/guidance/search?q=asuminen&lang=fi");
        var apiBody = await api.Content.ReadAsStringAsync();
        var (post, _) = await visitor.PostAsync("/account/login", [new("Input.Email", "a@example.fi"), new("Input.Password", "x"), new("__RequestVerificationToken", token)]);
        var duringOutage = site.Logs.Entries.Skip(logsBefore).ToList();
        site.Relay.Restore();
        var after = await FirstSuccessAsync(visitor, "/courses");
        var afterLearner = await FirstSuccessAsync(learner, "/dashboard");
        var logged = site.Logs.Entries.Skip(logsBefore).ToList();

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        foreach (var (response, page, lang, text) in new[]
        {
            (finnish, finnishPage, "fi", "tilapäisesti poissa käytöstä"),
            (swedish, swedishPage, "sv", "tillfälligt otillgänglig"),
            (english, englishPage, "en", "temporarily unavailable"),
        })
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
            Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
            Assert.Contains(text, page.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        }

        Assert.True(api.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)api.StatusCode}: {apiBody}");
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        var apiProblem = JsonDocument.Parse(apiBody).RootElement;
        Assert.NotNull(api.Headers.RetryAfter);
        Assert.Equal(503, apiProblem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, post.StatusCode);

        var stackTraces = logged.Where(e => e.Exception is not null && e.Level >= LogLevel.Warning).ToList();
        Assert.True(stackTraces.Count == 0, string.Join("\n", stackTraces.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
        var away = Assert.Single(duringOutage, e => e.Category == typeof(DatabaseAvailability).FullName && e.Level == LogLevel.Error);
        Assert.Contains("cannot be reached", away.Message, StringComparison.Ordinal);
        var back = Assert.Single(logged, e => e.Category == typeof(DatabaseAvailability).FullName && e.Level == LogLevel.Warning);
        Assert.Contains("reachable again", back.Message, StringComparison.Ordinal);
        Assert.Matches(@"; (\d+) requests were answered 503", back.Message);
        Assert.True(int.Parse(System.Text.RegularExpressions.Regex.Match(back.Message, @"; (\d+) requests").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 5, back.Message);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(HttpStatusCode.OK, afterLearner);
    }

    /// <summary>Pooled connections the cut broke fail once each when next used; a few tries find a working one.</summary>
    private static async Task<HttpStatusCode> FirstSuccessAsync(SiteClient client, string url)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 25 && status != HttpStatusCode.OK; attempt++)
        {
            using var response = await client.Http.GetAsync(url);
            status = response.StatusCode;
            if (status != HttpStatusCode.OK)
            {
                await Task.Delay(200);
            }
        }

        return status;
    }
}
