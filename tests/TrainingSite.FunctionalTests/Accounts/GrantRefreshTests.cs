using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>
/// A removed grant reaches a signed-in session through the session validation (Identity's security stamp validator
/// rebuilds the principal, role claims included, every <c>Accounts:SessionValidationInterval</c>): not before the
/// interval, and then without signing out. The other tests validate on every request; this site waits 10 seconds.
/// </summary>
public abstract class GrantRefreshTests(SiteFactory site)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task RemovedGrant_ShouldStopWorking_AtTheNextSessionValidation_WithoutSigningOut()
    {
        // Arrange
        var course = CourseSeed.NewId("gr-e");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
        var email = $"refresh-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.RegionalCoordinator], homeRegion: "espoo", coordinatedRegions: ["espoo"]);
        using var coordinator = site.CreateSiteClient();
        await coordinator.SignInAsync(email, SiteFactory.DefaultPassword);
        var signedIn = Stopwatch.StartNew();

        // Act
        var (before, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");
        await SetGrantAsync(remove: true);
        var (withinInterval, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");
        var withinElapsed = signedIn.Elapsed;
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (Interval - signedIn.Elapsed + TimeSpan.FromSeconds(1)).Ticks)));
        var (afterInterval, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");
        var (profile, _) = await coordinator.GetPageAsync("/account/profile");
        await SetGrantAsync(remove: false);

        // Assert
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.True(withinElapsed < Interval, $"The machine took {withinElapsed} to get here: the check below means nothing.");
        Assert.Equal(HttpStatusCode.OK, withinInterval.StatusCode); // the session still carries the grant until it is validated
        Assert.Equal(HttpStatusCode.Forbidden, afterInterval.StatusCode);
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode); // still signed in
    }

    private Task<IdentityResult> SetGrantAsync(bool remove) =>
        site.WithServiceAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            var coordinator = (await roles.FindByNameAsync(Roles.RegionalCoordinator))!;
            var claim = new System.Security.Claims.Claim(TrainingClaims.Permission, "Courses.EditOwnRegion");
            return remove ? await roles.RemoveClaimAsync(coordinator, claim) : await roles.AddClaimAsync(coordinator, claim);
        });
}

public sealed class GrantRefreshSqliteSite : SqliteSiteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Accounts:SessionValidationInterval"] = GrantRefreshTests.Interval.ToString() };
}

public sealed class GrantRefreshPostgresSite : PostgresSiteFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?> { ["Accounts:SessionValidationInterval"] = GrantRefreshTests.Interval.ToString() };
}

public sealed class GrantRefreshTestsOnSqlite(GrantRefreshSqliteSite site) : GrantRefreshTests(site), IClassFixture<GrantRefreshSqliteSite>;

public sealed class GrantRefreshTestsOnPostgres(GrantRefreshPostgresSite site) : GrantRefreshTests(site), IClassFixture<GrantRefreshPostgresSite>;
