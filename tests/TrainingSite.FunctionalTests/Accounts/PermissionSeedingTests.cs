using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>
/// Default grants are written once per permission: an administrator's removal survives a restart, and a database from
/// before permissions were data gets today's defaults on its first start.
/// </summary>
public sealed class PermissionSeedingTests
{
    private const string CoordinatorEditsCourses = "Courses.EditOwnRegion";

    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.Postgres };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RemovedDefaultGrant_ShouldStayRemoved_AfterARestart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        bool grantedAtFirst;
        await using (var first = new SiteOnDatabase(database))
        {
            grantedAtFirst = await HoldsAsync(first, Roles.RegionalCoordinator, CoordinatorEditsCourses);
            await first.WithServiceAsync(async services =>
            {
                var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
                var coordinator = (await roles.FindByNameAsync(Roles.RegionalCoordinator))!;
                return await roles.RemoveClaimAsync(coordinator, new(TrainingClaims.Permission, CoordinatorEditsCourses));
            });
        }

        await using var second = new SiteOnDatabase(database);
        var grantedAfterRestart = await HoldsAsync(second, Roles.RegionalCoordinator, CoordinatorEditsCourses);
        var adminStillHoldsIt = await HoldsAsync(second, Roles.Administrator, CoordinatorEditsCourses);

        Assert.True(grantedAtFirst);
        Assert.False(grantedAfterRestart);
        Assert.True(adminStillHoldsIt);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task DatabaseFromBeforePermissionsWereData_ShouldGetTheDefaults_OnItsFirstStart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var first = new SiteOnDatabase(database))
        {
            // What a database upgraded from the previous release looks like: no grants, nothing seeded.
            await first.WithServiceAsync(async services =>
            {
                var db = services.GetRequiredService<TrainingDbContext>();
                await db.RoleClaims.Where(c => c.ClaimType == TrainingClaims.Permission).ExecuteDeleteAsync();
                return await db.Database.ExecuteSqlRawAsync("DELETE FROM \"SeededPermissions\"");
            });
        }

        await using var upgraded = new SiteOnDatabase(database);
        var coordinatorEdits = await HoldsAsync(upgraded, Roles.RegionalCoordinator, CoordinatorEditsCourses);
        var adminManagesRoles = await HoldsAsync(upgraded, Roles.Administrator, "Accounts.ManageRoles");
        var learnerEdits = await HoldsAsync(upgraded, Roles.Learner, CoordinatorEditsCourses);

        Assert.Equal((true, true, false), (coordinatorEdits, adminManagesRoles, learnerEdits));
    }

    private static Task<bool> HoldsAsync(SiteFactory site, string role, string permission) =>
        site.WithServiceAsync(async services =>
        {
            var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
            var claims = await roles.GetClaimsAsync((await roles.FindByNameAsync(role))!);
            return claims.Any(c => c.Type == TrainingClaims.Permission && c.Value == permission);
        });
}
