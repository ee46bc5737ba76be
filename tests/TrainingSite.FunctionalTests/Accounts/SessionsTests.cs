using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>
/// A session ends everywhere when it should: a copy of the sign-in cookie taken before sign-out, a password
/// change or reset, or "end all sessions" no longer opens a page. Roles come from the database, not the cookie.
/// </summary>
public abstract class SessionsTests(SiteFactory site)
{
    [Fact]
    public async Task SignOut_ShouldEndACopyOfTheSession()
    {
        var email = await NewLearnerAsync();
        var (browser, cookies) = await SignInAsync(email);
        var copy = CookieHeader(cookies);
        var before = await DashboardWithAsync(copy);

        var (signedOut, _) = await browser.SubmitFormAsync("/account/logout", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(copy));
        browser.Dispose();
    }

    [Fact]
    public async Task PasswordChange_ShouldEndOtherSessions_AndKeepThisOne()
    {
        var email = await NewLearnerAsync();
        var (elsewhere, elsewhereCookies) = await SignInAsync(email);
        var (here, hereCookies) = await SignInAsync(email);
        var copy = CookieHeader(elsewhereCookies);

        var (changed, _) = await here.SubmitFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = SiteFactory.DefaultPassword,
            ["Input.NewPassword"] = "Vaihdettu-salasana-42",
            ["Input.ConfirmPassword"] = "Vaihdettu-salasana-42",
        });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(copy));
        Assert.Equal(HttpStatusCode.OK, await DashboardWithAsync(CookieHeader(hereCookies)));
        elsewhere.Dispose();
        here.Dispose();
    }

    [Fact]
    public async Task PasswordReset_ShouldEndEverySession()
    {
        var email = await NewLearnerAsync();
        var (browser, cookies) = await SignInAsync(email);
        var copy = CookieHeader(cookies);
        var code = await site.WithServiceAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TrainingUser>>();
            var token = await users.GeneratePasswordResetTokenAsync((await users.FindByEmailAsync(email))!);
            return WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        });
        using var anonymous = site.CreateSiteClient();

        var (reset, _) = await anonymous.SubmitFormAsync($"/account/reset-password?email={Uri.EscapeDataString(email)}&code={code}", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Palautettu-salasana-42",
            ["Input.ConfirmPassword"] = "Palautettu-salasana-42",
        });

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(copy));
        browser.Dispose();
    }

    [Fact]
    public async Task EndOtherSessions_ShouldEndTheOthers_AndKeepThisOne()
    {
        var email = await NewLearnerAsync();
        var (elsewhere, elsewhereCookies) = await SignInAsync(email);
        var (here, hereCookies) = await SignInAsync(email);
        var copy = CookieHeader(elsewhereCookies);

        var (ended, _) = await here.SubmitFormAsync("/account/profile", new Dictionary<string, string>(), formSelector: "main form[action*=SignOutElsewhere]");
        var (_, profile) = await here.GetPageAsync("/account/profile?signedOutElsewhere=true");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(copy));
        Assert.Equal(HttpStatusCode.OK, await DashboardWithAsync(CookieHeader(hereCookies)));
        Assert.Contains("Muut kirjautumiset päättyvät", profile.QuerySelector("p.notice")?.TextContent, StringComparison.Ordinal);
        elsewhere.Dispose();
        here.Dispose();
    }

    [Fact]
    public async Task AdministratorsEndAllSessions_ShouldEndTheUsersSessions()
    {
        var email = await NewLearnerAsync();
        var person = await site.WithServiceAsync(services => services.GetRequiredService<UserManager<TrainingUser>>().FindByEmailAsync(email));
        var (browser, cookies) = await SignInAsync(email);
        var copy = CookieHeader(cookies);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);

        var (ended, _) = await admin.SubmitFormAsync($"/admin/users/{person!.Id}", new Dictionary<string, string>(), formSelector: "main form[action*=SignOutEverywhere]");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await DashboardWithAsync(copy));
        var (stillAdmin, _) = await admin.GetPageAsync("/admin/users");
        Assert.Equal(HttpStatusCode.OK, stillAdmin.StatusCode);
        browser.Dispose();
    }

    [Fact]
    public async Task GrantedRole_ShouldWorkWithoutSigningInAgain_AndARemovedOneShouldStop()
    {
        var email = await NewLearnerAsync();
        var person = await site.WithServiceAsync(services => services.GetRequiredService<UserManager<TrainingUser>>().FindByEmailAsync(email));
        var (learner, _) = await SignInAsync(email);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (before, _) = await learner.GetPageAsync("/authoring/courses");

        var granted = await SetRolesAsync(admin, person!.Id, [Roles.Learner, Roles.RegionalCoordinator], ["espoo"]);
        var (after, _) = await learner.GetPageAsync("/authoring/courses");
        var removed = await SetRolesAsync(admin, person.Id, [Roles.Learner], []);
        var (afterRemoval, _) = await learner.GetPageAsync("/authoring/courses");

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (granted, removed));
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, afterRemoval.StatusCode);
        learner.Dispose();
    }

    private async Task<string> NewLearnerAsync()
    {
        var email = $"session-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], homeRegion: "espoo");
        return email;
    }

    /// <summary>Signs in through a client whose cookie jar the test can read, as a browser's would be copied.</summary>
    private async Task<(SiteClient Client, CookieContainer Cookies)> SignInAsync(string email)
    {
        var cookies = new CookieContainer();
        var client = new SiteClient(site.CreateDefaultClient(new CookieContainerHandler(cookies)));
        await client.SignInAsync(email, SiteFactory.DefaultPassword);
        return (client, cookies);
    }

    private static string CookieHeader(CookieContainer cookies) => cookies.GetCookieHeader(new Uri("http://localhost/"));

    /// <summary>Opens /dashboard with exactly these cookies: 200 while the session lives, a redirect to sign-in after.</summary>
    private async Task<HttpStatusCode> DashboardWithAsync(string cookieHeader)
    {
        using var http = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/dashboard");
        request.Headers.Add("Cookie", cookieHeader);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<HttpStatusCode> SetRolesAsync(SiteClient admin, string userId, string[] roles, string[] regions)
    {
        var token = await admin.AntiforgeryTokenAsync($"/admin/users/{userId}");
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token), new("HomeRegionId", "espoo") };
        values.AddRange(roles.Select(r => new KeyValuePair<string, string>("SelectedRoles", r)));
        values.AddRange(regions.Select(r => new KeyValuePair<string, string>("SelectedRegions", r)));
        var (response, _) = await admin.PostAsync($"/admin/users/{userId}", values);
        return response.StatusCode;
    }
}

public sealed class SessionsTestsOnSqlite(SqliteSiteFactory site) : SessionsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class SessionsTestsOnPostgres(PostgresSiteFactory site) : SessionsTests(site), IClassFixture<PostgresSiteFactory>;
