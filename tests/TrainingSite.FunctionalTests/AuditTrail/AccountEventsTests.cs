using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Audit;
using TrainingSite.Abstractions.Content;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.FunctionalTests.Accounts;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.AuditTrail;

/// <summary>Accounts, roles, regions and grants changed through the site, and sign-in lockouts, each leave one event.</summary>
public abstract class AccountEventsTests(SiteFactory site)
{
    [Fact]
    public async Task ChangingRolesAndRegions_ShouldRecordOneEventEach_NamingEveryRegionAffected()
    {
        var person = await site.CreateUserAsync($"person-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "espoo", coordinatedRegions: ["helsinki"]);
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync($"/admin/users/{person.Id}");

        var (saved, _) = await admin.PostAsync($"/admin/users/{person.Id}",
        [
            new("__RequestVerificationToken", token), new("SelectedRoles", Roles.Learner), new("SelectedRoles", Roles.RegionalCoordinator),
            new("SelectedRegions", "espoo"), new("SelectedRegions", "kokkola"), new("HomeRegionId", "espoo"),
        ]);
        var (unchanged, _) = await admin.PostAsync($"/admin/users/{person.Id}",
        [
            new("__RequestVerificationToken", token), new("SelectedRoles", Roles.Learner), new("SelectedRoles", Roles.RegionalCoordinator),
            new("SelectedRegions", "espoo"), new("SelectedRegions", "kokkola"), new("HomeRegionId", "espoo"),
        ]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (saved.StatusCode, unchanged.StatusCode));
        var roles = await AuditLog.SingleAsync(site, AuditKinds.UserRolesChanged, AuditItemTypes.User, person.Id);
        Assert.Equal(($"{person.DisplayName} <{person.Email}>", "espoo"), (roles.ItemTitle, roles.RegionId));
        Assert.Equal("roles: Learner, RegionalCoordinator (were: Learner)", roles.Details);
        AuditLog.AssertActor(roles, user);
        var regions = await AuditLog.SingleAsync(site, AuditKinds.UserRegionsChanged, AuditItemTypes.User, person.Id);
        Assert.Equal("coordinates: espoo, kokkola; added: espoo, kokkola; removed: helsinki", regions.Details);
    }

    [Fact]
    public async Task DeactivatingAndReactivating_ShouldRecordOneEventEach()
    {
        var person = await site.CreateUserAsync($"person-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "vantaa");
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var token = await admin.AntiforgeryTokenAsync($"/admin/users/{person.Id}");

        var (deactivated, _) = await admin.PostAsync($"/admin/users/{person.Id}?handler=Deactivate", [new("__RequestVerificationToken", token)]);
        var (reactivated, _) = await admin.PostAsync($"/admin/users/{person.Id}?handler=Reactivate", [new("__RequestVerificationToken", token)]);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (deactivated.StatusCode, reactivated.StatusCode));
        var deactivation = await AuditLog.SingleAsync(site, AuditKinds.UserDeactivated, AuditItemTypes.User, person.Id);
        Assert.Equal("vantaa", deactivation.RegionId);
        AuditLog.AssertActor(deactivation, user);
        await AuditLog.SingleAsync(site, AuditKinds.UserReactivated, AuditItemTypes.User, person.Id);
    }

    [Fact]
    public async Task Registering_ShouldRecordTheUserCreated_ByThemself()
    {
        var email = $"registered-{Guid.NewGuid():N}@example.fi";
        using var client = site.CreateSiteClient();

        var (response, _) = await client.SubmitFormAsync("/account/register", RegistrationForm.For(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var created = Assert.Single(await AuditLog.OfAsync(site, AuditItemTypes.User, await UserIdAsync(email), AuditKinds.UserCreated));
        Assert.Equal(($"Aino Neuvoja <{email}>", "espoo", "registered: roles: Learner, NetworkMember"), (created.ItemTitle, created.RegionId, created.Details));
        Assert.Equal(created.ItemId, created.ActorId);
    }

    [Fact]
    public async Task DeletingAnAccount_ShouldKeepOneEventWithoutTheName_ByAnAdministratorOrThemself()
    {
        var byAdmin = await site.CreateUserAsync($"gone-{Guid.NewGuid():N}@example.fi", [Roles.Learner], homeRegion: "espoo");
        var selfEmail = $"self-{Guid.NewGuid():N}@example.fi";
        var self = await site.CreateUserAsync(selfEmail, [Roles.Learner], homeRegion: "espoo");
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        using var selfClient = site.CreateSiteClient();
        await selfClient.SignInAsync(selfEmail, SiteFactory.DefaultPassword);

        var (adminDelete, _) = await admin.SubmitFormAsync($"/admin/users/{byAdmin.Id}/delete", new Dictionary<string, string>());
        var (selfDelete, _) = await selfClient.SubmitFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = SiteFactory.DefaultPassword });

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (adminDelete.StatusCode, selfDelete.StatusCode));
        var deleted = await AuditLog.SingleAsync(site, AuditKinds.UserDeleted, AuditItemTypes.User, byAdmin.Id);
        Assert.Equal((null, "espoo", "deleted by an administrator"), (deleted.ItemTitle, deleted.RegionId, deleted.Details));
        AuditLog.AssertActor(deleted, user);
        var selfDeleted = await AuditLog.SingleAsync(site, AuditKinds.UserDeleted, AuditItemTypes.User, self.Id);
        Assert.Equal((null, null, ContentVersion.DeletedUser, "deleted by the user"), (selfDeleted.ItemTitle, selfDeleted.ActorId, selfDeleted.ActorName, selfDeleted.Details));
        Assert.DoesNotContain(self.DisplayName, string.Concat(selfDeleted.ItemTitle, selfDeleted.ActorName, selfDeleted.Details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangingGrants_ShouldRecordOneEventPerRoleChanged()
    {
        var (admin, user) = await AuditLog.SignedInAsync(site, [Roles.Administrator]);
        using var _ = admin;
        var before = await AuditLog.OfAsync(site, AuditItemTypes.Role, Roles.NetworkMember, AuditKinds.RolePermissionsChanged);
        var grant = RoleGrantsKey(Roles.NetworkMember, "Certificates.ViewOwnRegion");

        var (added, _) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Add(grant));
        var (removed, _) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Remove(grant));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (added.StatusCode, removed.StatusCode));
        var events = (await AuditLog.OfAsync(site, AuditItemTypes.Role, Roles.NetworkMember, AuditKinds.RolePermissionsChanged)).Skip(before.Count).ToList();
        Assert.Equal(["added: Certificates.ViewOwnRegion", "removed: Certificates.ViewOwnRegion"], events.Select(e => e.Details));
        Assert.All(events, e => AuditLog.AssertActor(e, user));
    }

    [Fact]
    public async Task TheFailureThatLocksAClientOut_ShouldRecordOneLockout_AndAnUnknownAccountNone()
    {
        var email = $"locked-{Guid.NewGuid():N}@example.fi";
        var person = await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "kokkola");
        using var attacker = site.CreateSiteClient("198.51.100.77");

        for (var i = 0; i < 7; i++)
        {
            await attacker.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-1" });
        }

        var lockout = await AuditLog.SingleAsync(site, AuditKinds.UserLockedOut, AuditItemTypes.User, person.Id);
        Assert.Equal((null, "sign-in", "kokkola"), (lockout.ActorId, lockout.ActorName, lockout.RegionId));
        Assert.StartsWith("failed sign-ins from one client: 5 in ", lockout.Details, StringComparison.Ordinal);
    }

    private static string RoleGrantsKey(string role, string permission) => $"{role}/{permission}";

    private Task<string?> UserIdAsync(string email) => site.WithServiceAsync(async services =>
        (await services.GetRequiredService<UserManager<TrainingUser>>().FindByEmailAsync(email))?.Id);
}

public sealed class AccountEventsTestsOnSqlite(SqliteSiteFactory site) : AccountEventsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AccountEventsTestsOnPostgres(PostgresSiteFactory site) : AccountEventsTests(site), IClassFixture<PostgresSiteFactory>;
