using System.Net;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Certificates;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

public abstract class AdminUsersTests(SiteFactory site)
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/recipes")]
    [InlineData("/admin")]
    public async Task AdminPages_ShouldAnswer403_ForALearner(string url)
    {
        using var learner = await site.SignedInClientAsync([Roles.Learner, Roles.NetworkMember]);

        var (response, page) = await learner.GetPageAsync(url);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Ei käyttöoikeutta", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task UserEdit_ShouldAnswer403_ForACoordinatorPostingDirectly()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        var target = await site.CreateUserAsync($"target-{Guid.NewGuid():N}@example.fi", [Roles.Learner]);
        var token = await coordinator.AntiforgeryTokenAsync();

        var (response, _) = await coordinator.PostAsync($"/admin/users/{target.Id}", [new("__RequestVerificationToken", token), new("SelectedRoles", Roles.Administrator)]);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Users_ShouldBeSearchable_ByNameOrEmail()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await site.CreateUserAsync($"searched-{marker}@example.fi", [Roles.Learner]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync($"/admin/users?q={marker}");
        var (percent, percentPage) = await admin.GetPageAsync("/admin/users?q=%25%25'--");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("tbody tr");
        Assert.Single(rows);
        Assert.Contains(marker, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, percent.StatusCode);
        Assert.Empty(percentPage.QuerySelectorAll("tbody tr"));
    }

    [Fact]
    public async Task Users_ShouldShowTheHomeRegionsName_InTheUsersLanguage()
    {
        var marker = Guid.NewGuid().ToString("N")[..10];
        await site.CreateUserAsync($"regional-{marker}@example.fi", [Roles.Learner], homeRegion: "espoo");
        using var finnishAdmin = await site.SignedInClientAsync([Roles.Administrator]);
        using var swedishAdmin = await site.SignedInClientAsync([Roles.Administrator], language: "sv");

        var (_, finnish) = await finnishAdmin.GetPageAsync($"/admin/users?q={marker}");
        var (_, swedish) = await swedishAdmin.GetPageAsync($"/admin/users?q={marker}");

        Assert.Equal("Espoo", Assert.Single(finnish.QuerySelectorAll("tbody tr")).QuerySelectorAll("td")[3].TextContent.Trim());
        Assert.Equal("Esbo", Assert.Single(swedish.QuerySelectorAll("tbody tr")).QuerySelectorAll("td")[3].TextContent.Trim());
    }

    [Fact]
    public async Task Users_ShouldBePaged()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < 27; i++)
        {
            await site.CreateUserAsync($"paged{i:00}-{marker}@example.fi", [Roles.Learner]);
        }

        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (_, first) = await admin.GetPageAsync($"/admin/users?q={marker}");
        var (_, second) = await admin.GetPageAsync($"/admin/users?q={marker}&page=2");

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(2, second.QuerySelectorAll("tbody tr").Length);
        Assert.NotNull(first.QuerySelector(".pager a[rel=next]"));
    }

    [Fact]
    public async Task UserEdit_ShouldAssignRolesAndRegions_AndTheRegionalScopeFollows()
    {
        var person = await site.CreateUserAsync($"coordinator-{Guid.NewGuid():N}@example.fi", [Roles.Learner]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await admin.AntiforgeryTokenAsync($"/admin/users/{person.Id}");

        var (response, _) = await admin.PostAsync($"/admin/users/{person.Id}",
        [
            new("__RequestVerificationToken", token),
            new("SelectedRoles", Roles.Learner),
            new("SelectedRoles", Roles.RegionalCoordinator),
            new("SelectedRegions", "espoo"),
            new("SelectedRegions", "kokkola"),
            new("HomeRegionId", "espoo"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A coordinator's grant as their session carries it; the regions come from the database.
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, person.Id), new Claim(TrainingClaims.Permission, CertificatesPermissions.ViewOwnRegionPolicy)], "test"));
        var (espoo, kokkola, helsinki, national) = await site.WithServiceAsync(async services =>
        {
            var scope = await services.GetRequiredService<IRegionalAccess>().ScopeAsync(principal, CertificatesPermissions.Rules, RegionalOperation.View);
            return (scope.Includes("espoo"), scope.Includes("kokkola"), scope.Includes("helsinki"), scope.Includes(null));
        });
        Assert.Equal((true, true, false, false), (espoo, kokkola, helsinki, national));
    }

    [Fact]
    public async Task UserEdit_ShouldRefuseAnUnknownRoleOrRegion_With400()
    {
        var person = await site.CreateUserAsync($"bad-{Guid.NewGuid():N}@example.fi", [Roles.Learner]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await admin.AntiforgeryTokenAsync($"/admin/users/{person.Id}");

        var (response, _) = await admin.PostAsync($"/admin/users/{person.Id}",
            [new("__RequestVerificationToken", token), new("SelectedRoles", "SuperUser"), new("SelectedRegions", "atlantis")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UserEdit_ShouldAnswer404_ForAnUnknownUser()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync("/admin/users/no-such-user");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Sivua ei löytynyt", page.QuerySelector("h1")?.TextContent);
    }
}

public sealed class AdminUsersTestsOnSqlite(SqliteSiteFactory site) : AdminUsersTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AdminUsersTestsOnPostgres(PostgresSiteFactory site) : AdminUsersTests(site), IClassFixture<PostgresSiteFactory>;
