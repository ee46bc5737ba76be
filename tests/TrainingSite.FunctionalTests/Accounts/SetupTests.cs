using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>First run: with no administrator the front page leads to setup, which closes once used.</summary>
public abstract class SetupTests(SiteFactory site)
{
    [Fact]
    public async Task Setup_ShouldCreateTheFirstAdministratorOnce()
    {
        using var client = site.CreateSiteClient();

        var (front, _) = await client.GetPageAsync("/");
        var (invalid, _) = await client.SubmitFormAsync("/setup", new Dictionary<string, string> { ["Input.Email"] = "admin@example.fi" });
        var (created, _) = await client.SubmitFormAsync("/setup", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Pääkäyttäjä",
            ["Input.Email"] = "admin@example.fi",
            ["Input.Password"] = SiteFactory.DefaultPassword,
            ["Input.ConfirmPassword"] = SiteFactory.DefaultPassword,
        });
        var (users, _) = await client.GetPageAsync("/admin/users");
        var (setupAgain, _) = await client.GetPageAsync("/setup");
        var (frontAgain, _) = await client.GetPageAsync("/");

        Assert.Equal("/setup", front.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, setupAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, frontAgain.StatusCode);
        var roles = await site.WithServiceAsync(async services =>
        {
            var manager = services.GetRequiredService<UserManager<TrainingUser>>();
            return await manager.GetRolesAsync((await manager.FindByEmailAsync("admin@example.fi"))!);
        });
        Assert.Contains(Roles.Administrator, roles);
    }
}

public sealed class SetupTestsOnSqlite(SqliteSiteFactory site) : SetupTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SetupTestsOnPostgres(PostgresSiteFactory site) : SetupTests(site), IClassFixture<PostgresSiteFactory>;
