using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using TrainingSite.Abstractions.Localization;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.FunctionalTests.Courses;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>
/// /admin/roles: grants are data an administrator edits, and a change reaches a signed-in user at their next session
/// validation (every request in tests) without signing out.
/// </summary>
public abstract class RolesTests(SiteFactory site)
{
    private const string CoordinatorEditsCourses = "RegionalCoordinator/Courses.EditOwnRegion";

    [Fact]
    public async Task RemovingAGrant_ShouldForbidASignedInCoordinator_AndGrantingItAgainShouldRestoreAccess()
    {
        // Arrange
        var course = CourseSeed.NewId("rg-e");
        await CourseSeed.ImportAsync(site, CourseSeed.Recipe(CourseSeed.Course(course, "espoo", course + "-l")));
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], homeRegion: "espoo", coordinatedRegions: ["espoo"]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (before, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");

        // Act
        var (removed, _) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Remove(CoordinatorEditsCourses));
        var (afterRemoval, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");
        var (granted, _) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Add(CoordinatorEditsCourses));
        var (afterGrant, _) = await coordinator.GetPageAsync($"/authoring/courses/{course}");
        var (_, saved) = await admin.GetPageAsync("/admin/roles?saved=true");

        // Assert
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (removed.StatusCode, granted.StatusCode));
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterGrant.StatusCode);
        Assert.Equal("Oikeudet tallennettu.", saved.QuerySelector("p.notice[role=status]")?.TextContent);
    }

    [Theory]
    [InlineData("fi", "Roolit ja oikeudet", "Kurssit", "Muokkaa oman alueen kursseja", "Alueellinen koordinaattori: Muokkaa oman alueen kursseja")]
    [InlineData("sv", "Roller och behörigheter", "Kurser", "Redigera kurser i den egna regionen", "Regional koordinator: Redigera kurser i den egna regionen")]
    [InlineData("en", "Roles and permissions", "Courses", "Edit the courses of your regions", "Regional coordinator: Edit the courses of your regions")]
    public async Task Grid_ShouldShowRolesAndPermissionsByModule_WithDescriptions_InTheUsersLanguage(
        string language, string title, string coursesModule, string description, string checkboxLabel)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await admin.GetPageAsync("/admin/roles", acceptLanguage: language);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(Roles.All.Count + 1, page.QuerySelectorAll("table thead th[scope=col]").Length);
        Assert.Contains(page.QuerySelectorAll("tbody th[scope=rowgroup]"), th => th.TextContent == coursesModule);
        Assert.Contains(page.QuerySelectorAll("tbody th[scope=row]"), th => th.TextContent.StartsWith(description, StringComparison.Ordinal));
        var box = page.QuerySelector($"input[type=checkbox][value='{CoordinatorEditsCourses}']")!;
        Assert.Equal(checkboxLabel, page.QuerySelector($"label[for='{box.Id}']")?.TextContent);
        Assert.NotNull(page.QuerySelector(".table-wrap[role=region][tabindex='0'][aria-labelledby]"));
        var locked = page.QuerySelectorAll("input[type=checkbox][disabled]");
        Assert.Single(locked);
        Assert.NotNull(locked[0].GetAttribute("aria-describedby"));
    }

    [Fact]
    public void EveryPermission_ShouldHaveADescription_AndItsModuleAName_InEveryLanguage()
    {
        var providers = site.Services.GetServices<IPermissionProvider>().ToList();
        var localizers = site.Services.GetRequiredService<IStringLocalizerFactory>();
        var missing = new List<string>();
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var language in SiteCultures.All)
            {
                CultureInfo.CurrentUICulture = new CultureInfo(language);
                foreach (var provider in providers)
                {
                    var strings = localizers.Create(provider.Strings);
                    var keys = provider.GetPermissions().Select(p => p.DescriptionKey).Prepend(provider.ModuleNameKey);
                    missing.AddRange(keys.Where(k => strings[k].ResourceNotFound).Select(k => $"{language}: {provider.Strings.Name} {k}"));
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        Assert.True(providers.Count >= 6, $"Only {providers.Count} permission providers found.");
        Assert.True(missing.Count == 0, "Texts /admin/roles would show as keys:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task Roles_ShouldAnswer403_ForACoordinatorAndALearner_AndBeInTheAdminMenu()
    {
        using var coordinator = await site.SignedInClientAsync([Roles.RegionalCoordinator], coordinatedRegions: ["espoo"]);
        using var learner = await site.SignedInClientAsync([Roles.Learner]);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var token = await coordinator.AntiforgeryTokenAsync();

        var (get, _) = await coordinator.GetPageAsync("/admin/roles");
        var (post, _) = await coordinator.PostAsync("/admin/roles", [new("__RequestVerificationToken", token), new("Grants", CoordinatorEditsCourses)]);
        var (learnerGet, _) = await learner.GetPageAsync("/admin/roles");
        var (_, menu) = await admin.GetPageAsync("/admin");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (get.StatusCode, post.StatusCode, learnerGet.StatusCode));
        Assert.NotNull(menu.QuerySelector("main a[href='/admin/roles']"));
    }

    [Theory]
    [InlineData("SuperUser/Courses.EditOwnRegion")]
    [InlineData("RegionalCoordinator/Courses.Everything")]
    [InlineData("garbage")]
    public async Task Save_ShouldAnswer400_ForAnUnknownRoleOrPermission_AndChangeNothing(string grant)
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, before) = await admin.GetPageAsync("/admin/roles");

        var (response, page) = await RoleGrantsForm.SaveAsync(admin, grants =>
        {
            grants.Clear();
            grants.Add("Administrator/Accounts.ManageRoles");
            grants.Add(grant);
        });
        var (_, after) = await admin.GetPageAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("tuntematon rooli tai oikeus", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(RoleGrantsForm.Checked(before), RoleGrantsForm.Checked(after));
    }

    [Fact]
    public async Task Save_ShouldRefuse_RemovingTheAdministratorsRightToManageRoles()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (response, page) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Remove("Administrator/Accounts.ManageRoles"));
        var (still, _) = await admin.GetPageAsync("/admin/roles");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Ylläpitäjä-roolilta ei voi poistaa oikeutta muuttaa rooleja", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Save_ShouldAnswer409_WhenTheGrantsChangedSinceThePageWasOpened()
    {
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, opened) = await admin.GetPageAsync("/admin/roles");
        var staleStamp = opened.QuerySelector("main form input[name=Stamp]")!.GetAttribute("value")!;
        await RoleGrantsForm.SaveAsync(admin, grants => grants.Add("Learner/Site.ReviewContent"));

        var (response, page) = await RoleGrantsForm.SaveAsync(admin, grants => grants.Remove("Learner/Site.ReviewContent"), stamp: staleStamp);
        await RoleGrantsForm.SaveAsync(admin, grants => grants.Remove("Learner/Site.ReviewContent"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Joku muu muutti oikeuksia", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }
}

public sealed class RolesTestsOnSqlite(SqliteSiteFactory site) : RolesTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class RolesTestsOnPostgres(PostgresSiteFactory site) : RolesTests(site), IClassFixture<PostgresSiteFactory>;
