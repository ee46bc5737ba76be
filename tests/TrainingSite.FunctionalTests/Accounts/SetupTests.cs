using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Services;
using TrainingSite.Data.Identity;
using TrainingSite.FunctionalTests.AuditTrail;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>First run: with no administrator the front page leads to setup, which closes once used and lands on the admin home.</summary>
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
        var (home, homePage) = await client.GetPageAsync("/admin");
        var (users, _) = await client.GetPageAsync("/admin/users");
        var (setupAgain, _) = await client.GetPageAsync("/setup");
        var (frontAgain, _) = await client.GetPageAsync("/");

        Assert.Equal("/setup", front.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Ylläpitäjän tili on luotu", homePage.QuerySelector("main .notice[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(homePage.QuerySelector("main [data-figure=learners]"));
        Assert.Equal(HttpStatusCode.OK, users.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, setupAgain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, frontAgain.StatusCode);
        var (id, roles) = await site.WithServiceAsync(async services =>
        {
            var manager = services.GetRequiredService<UserManager<TrainingUser>>();
            var admin = (await manager.FindByEmailAsync("admin@example.fi"))!;
            return (admin.Id, await manager.GetRolesAsync(admin));
        });
        Assert.Contains(Roles.Administrator, roles);
        var recorded = await AuditLog.SingleAsync(site, AuditKinds.UserCreated, AuditItemTypes.User, id);
        Assert.Equal((null, AdministratorSetup.SetupActor, "Pääkäyttäjä <admin@example.fi>"), (recorded.ActorId, recorded.ActorName, recorded.ItemTitle));
    }
}

public sealed class SetupTestsOnSqlite(SqliteSiteFactory site) : SetupTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SetupTestsOnPostgres(PostgresSiteFactory site) : SetupTests(site), IClassFixture<PostgresSiteFactory>;
