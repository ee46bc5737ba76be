using System.Net;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>
/// /reports/audit shows a coordinator the events of their regions only, however the query is written; events with no
/// region need the national permission. Learners and network members read neither trail; coordinators not the whole one.
/// </summary>
public abstract class AuditTrailScopeTests(SiteFactory site)
{
    [Fact]
    public async Task EspooCoordinator_ShouldSeeEspooEventsOnly_HoweverTheQueryIsCrafted()
    {
        var token = await RecordAroundTheCountryAsync();
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var (response, page) = await coordinator.GetPageAsync($"/reports/audit?item={token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([$"{token} espoo"], AuditSteps.Titles(page));
        Assert.DoesNotContain("helsinki", page.QuerySelector("select#region")?.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("national", page.QuerySelector("select#region")?.InnerHtml, StringComparison.Ordinal);

        var (all, allPage) = await coordinator.GetPageAsync("/reports/audit");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.DoesNotContain($"{token} helsinki", allPage.Body?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"{token} national", allPage.Body?.TextContent, StringComparison.Ordinal);

        foreach (var query in new[] { "region=helsinki", "region=national", "region=HELSINKI", "Filter.Region=helsinki", $"item={token}&region=vantaa" })
        {
            var (refused, refusedPage) = await coordinator.GetPageAsync($"/reports/audit?{query}");
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.DoesNotContain(token, refusedPage.Body?.TextContent, StringComparison.Ordinal);
        }

        foreach (var query in new[] { $"item={token} helsinki", $"item={token}-helsinki", $"item={token}&kind={AuditKinds.ContentPublished}", $"actor={token}" })
        {
            var (answer, answerPage) = await coordinator.GetPageAsync($"/reports/audit?{query}");
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.DoesNotContain($"{token} helsinki", answerPage.Body?.TextContent, StringComparison.Ordinal);
            Assert.DoesNotContain($"{token} national", answerPage.Body?.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Administrator_ShouldSeeEveryRegionAndTheNationalEvents_OnBothPages()
    {
        var token = await RecordAroundTheCountryAsync();
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, reports) = await admin.GetPageAsync($"/reports/audit?item={token}");
        var (_, national) = await admin.GetPageAsync($"/reports/audit?item={token}&region=national");
        var (_, whole) = await admin.GetPageAsync($"/admin/audit?item={token}");

        Assert.Equal([$"{token} national", $"{token} helsinki", $"{token} espoo"], AuditSteps.Titles(reports));
        Assert.Equal([$"{token} national"], AuditSteps.Titles(national));
        Assert.Equal(AuditSteps.Titles(reports), AuditSteps.Titles(whole));
    }

    [Theory]
    [InlineData("/admin/audit")]
    [InlineData("/reports/audit")]
    public async Task LearnersAndNetworkMembers_ShouldBeForbidden(string url)
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner], homeRegion: "espoo");
        using var member = await site.SignedInClientAsync([Roles.NetworkMember, Roles.Learner], homeRegion: "helsinki");

        Assert.Equal(HttpStatusCode.Forbidden, (await learner.Http.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Coordinator_ShouldBeForbidden_TheWholeTrail()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var response = await coordinator.Http.GetAsync("/admin/audit?region=espoo");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<string> RecordAroundTheCountryAsync()
    {
        var token = AuditSteps.Token();
        var now = DateTime.UtcNow;
        await AuditSteps.RecordAsync(
            site,
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, $"{token}-espoo", $"{token} espoo", "espoo", actor: token), now.AddMinutes(-3)),
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, $"{token}-helsinki", $"{token} helsinki", "helsinki", actor: token), now.AddMinutes(-2)),
            (AuditSteps.Record(AuditKinds.ContentPublished, AuditItemTypes.Course, $"{token}-national", $"{token} national", null, actor: token), now.AddMinutes(-1)));
        return token;
    }
}

public sealed class AuditTrailScopeTestsOnSqlite(SqliteSiteFactory site) : AuditTrailScopeTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AuditTrailScopeTestsOnPostgres(PostgresSiteFactory site) : AuditTrailScopeTests(site), IClassFixture<PostgresSiteFactory>;
