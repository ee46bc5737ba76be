using System.Net;
using TrainingSite.Abstractions.Permissions;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>An Espoo coordinator sees no Helsinki learner however the URL is crafted; learners and network members get 403.</summary>
public abstract class LearnersScopeTests(ReportSite site)
{
    [Fact]
    public async Task EspooCoordinator_ShouldSeeOnlyEspooLearners_InThePageCsvAndDetail()
    {
        using var espoo = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var helsinkiLearner = site.Data.Learners.First(l => l.Region == "helsinki");
        var nationalLearner = site.Data.Learners.First(l => l.Region is null);
        var espooLearner = site.Data.Learners.First(l => l.Region == "espoo");

        var (_, page) = await espoo.GetPageAsync("/reports/learners");
        var csv = await espoo.Http.GetStringAsync("/reports/learners.csv");
        var crafted = await Task.WhenAll(
            new[]
            {
                "/reports/learners?region=helsinki", "/reports/learners?region=-", "/reports/learners.csv?region=helsinki",
                $"/reports/learners/{helsinkiLearner.Id}", $"/reports/learners/{nationalLearner.Id}", "/reports/learners/no-such-user",
            }.Select(async url => (url, (await espoo.Http.GetAsync(url)).StatusCode)));
        var (own, detail) = await espoo.GetPageAsync($"/reports/learners/{espooLearner.Id}");

        Assert.Equal(site.Data.Learners.Count(l => l.Region == "espoo"), page.QuerySelectorAll(".table-wrap tbody tr").Length);
        Assert.All(page.QuerySelectorAll(".table-wrap tbody tr td:nth-of-type(2)"), c => Assert.Equal("Espoo", c.TextContent.Trim()));
        Assert.DoesNotContain(site.Data.Learners.Where(l => l.Region != "espoo"), l => csv.Contains(l.Email, StringComparison.Ordinal) || page.Source.Text.Contains(l.Email, StringComparison.Ordinal));
        Assert.All(crafted, c => Assert.True(c.StatusCode == HttpStatusCode.NotFound, $"{c.url} answered {(int)c.StatusCode}"));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Contains(espooLearner.Email, detail.Source.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Learner)]
    [InlineData(Roles.NetworkMember)]
    public async Task LearnersAndNetworkMembers_ShouldGet403(string role)
    {
        using var client = await site.SignedInClientAsync([role], homeRegion: "kokkola");
        var espooLearner = site.Data.Learners.First(l => l.Region == "espoo");
        var token = await client.AntiforgeryTokenAsync();

        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/reports/learners", "/reports/learners.csv", $"/reports/learners/{espooLearner.Id}" })
        {
            statuses.Add((await client.Http.GetAsync(url)).StatusCode);
        }

        statuses.Add((await client.PostAsync("/reports/reminders?handler=Send", [new("__RequestVerificationToken", token), new("region", "espoo")])).Response.StatusCode);

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Forbidden, s));
    }
}

public sealed class LearnersScopeTestsOnSqlite(SqliteReportSite site) : LearnersScopeTests(site), IClassFixture<SqliteReportSite>;

public sealed class LearnersScopeTestsOnPostgres(PostgresReportSite site) : LearnersScopeTests(site), IClassFixture<PostgresReportSite>;
