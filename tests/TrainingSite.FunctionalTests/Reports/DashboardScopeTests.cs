using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Reports;

/// <summary>
/// A coordinator's dashboard counts only their regions' learners however the URL is crafted, shows no national
/// comparison, and bad query values never cause a 500.
/// </summary>
public abstract class DashboardScopeTests(DashboardSite site)
{
    [Fact]
    public async Task EspooCoordinator_ShouldCountNoHelsinkiLearner_AndSeeNoComparison()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var espooOnly = new DashboardExpectation(site.Data, ["espoo"], null);

        var (response, page) = await coordinator.GetPageAsync("/reports?period=all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(espooOnly.Figures["registered"], page.QuerySelector("td[data-figure='registered']")?.GetAttribute("data-value"));
        Assert.Null(page.QuerySelector("#comparison"));
        Assert.Null(page.QuerySelector($"#courses tr[data-course='{site.Helsinki}']"));
        Assert.DoesNotContain("option value=\"helsinki\"", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("option value=\"-\"", page.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports?region=helsinki", HttpStatusCode.Forbidden)]
    [InlineData("/reports?region=-&period=all", HttpStatusCode.Forbidden)]
    [InlineData("/reports?region=%3Cscript%3Ealert(1)%3C%2Fscript%3E", HttpStatusCode.NotFound)]
    [InlineData("/reports?region=helsinki&region=espoo", HttpStatusCode.NotFound)]
    public async Task EspooCoordinator_ShouldBeRefused_ARegionOutsideTheirScope(string url, HttpStatusCode expected)
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);

        var response = await coordinator.Http.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("data-figure", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/reports?period=xyz")]
    [InlineData("/reports?period=%3Cscript%3E&region=")]
    [InlineData("/reports?period=30d&period=all")]
    public async Task BadPeriod_ShouldFallBackToTheDefault_NotFail(string url)
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var espooDefault = new DashboardExpectation(site.Data, ["espoo"], 90);

        var (response, page) = await coordinator.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(espooDefault.Figures["registered-in-period"], page.QuerySelector("td[data-figure='registered-in-period']")?.GetAttribute("data-value"));
        Assert.Equal("90d", page.QuerySelector("#period option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Dashboard_ShouldBeForbidden_ToNetworkMembers()
    {
        using var member = await site.SignedInClientAsync([Roles.NetworkMember]);

        var response = await member.Http.GetAsync("/reports?region=espoo");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ShouldBeForbidden_ToLearners()
    {
        // One of the data set's own learners (created without a password), so the counts stay those of the data set.
        var email = site.Data.Learners[^1].Email;
        await site.WithServiceAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TrainingUser>>();
            var user = await users.FindByEmailAsync(email);
            return await users.HasPasswordAsync(user!) || (await users.AddPasswordAsync(user!, SiteFactory.DefaultPassword)).Succeeded;
        });
        using var learner = site.CreateSiteClient();
        await learner.SignInAsync(email, SiteFactory.DefaultPassword);

        var response = await learner.Http.GetAsync("/reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}

public sealed class DashboardScopeTestsOnSqlite(SqliteDashboardSite site) : DashboardScopeTests(site), IClassFixture<SqliteDashboardSite>;

public sealed class DashboardScopeTestsOnPostgres(PostgresDashboardSite site) : DashboardScopeTests(site), IClassFixture<PostgresDashboardSite>;
