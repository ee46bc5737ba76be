using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

public abstract class AccountsTests(SiteFactory site)
{
    [Fact]
    public async Task Register_ShouldCreateLearnerAndNetworkMember_WhenInputIsValid()
    {
        using var client = site.CreateSiteClient();
        var email = $"new-{Guid.NewGuid():N}@example.fi";

        var (response, _) = await client.SubmitFormAsync("/account/register", RegistrationForm.For(email));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (roles, user) = await site.WithServiceAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TrainingUser>>();
            var created = await users.FindByEmailAsync(email);
            return (await users.GetRolesAsync(created!), created!);
        });
        Assert.Equal([Roles.Learner, Roles.NetworkMember], roles.Order());
        Assert.Equal(("Aino Neuvoja", "Espoon kaupunki", "espoo", "fi"), (user.DisplayName, user.Organisation, user.HomeRegionId, user.PreferredLanguage));
        var (profile, _) = await client.GetPageAsync("/account/profile");
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
    }

    [Theory]
    [InlineData("short", "vähintään 8 merkkiä")]
    [InlineData("alllowercase-no-digits", "vähintään yksi numero")]
    [InlineData("Salasana123!", "liian yleinen")]
    public async Task Register_ShouldExplainInFinnish_WhenPasswordIsWeak(string password, string expected)
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync("/account/register", RegistrationForm.For($"weak-{Guid.NewGuid():N}@example.fi", password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, page.QuerySelector("#Input_Password-error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_ShouldListEveryProblem_WhenFieldsAreMissing()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync("/account/register", new Dictionary<string, string> { ["Input.Email"] = "not-an-email" }, formSelector: "main form");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = page.QuerySelectorAll(".error-summary li a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("#Input_Email", problems);
        Assert.Contains("#Input_DisplayName", problems);
        Assert.Contains("#Input_Password", problems);
    }

    [Fact]
    public async Task SignIn_ShouldLockTheAccount_AfterFiveFailedAttempts()
    {
        var email = $"lock-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var client = site.CreateSiteClient();
        var wrong = new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Wrong-password-1" };

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.SubmitFormAsync("/account/login", wrong);
        }

        var (response, page) = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = SiteFactory.DefaultPassword });

        Assert.Equal(HttpStatusCode.Locked, response.StatusCode);
        Assert.Contains("lukittu", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        var (profile, _) = await client.GetPageAsync("/account/profile");
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
    }

    [Fact]
    public async Task SignIn_ShouldAnswer400_WhenPasswordIsWrong()
    {
        var email = $"wrong-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "Not-the-1-password" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("väärä", page.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgotPassword_ShouldWriteAResetLinkAsEml_ThatSetsANewPassword()
    {
        var email = $"reset-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner], language: "en");
        using var client = site.CreateSiteClient();

        var (sent, _) = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        var mail = await ReadMailToAsync(email);
        var link = System.Text.RegularExpressions.Regex.Match(mail, @"https?://\S+/account/reset-password\?\S+").Value
            .Replace("=\r\n", string.Empty, StringComparison.Ordinal).Replace("=3D", "=", StringComparison.Ordinal);
        var path = new Uri(link).PathAndQuery;
        var (reset, page) = await client.SubmitFormAsync(path, new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = "Uusi-salasana-77",
            ["Input.ConfirmPassword"] = "Uusi-salasana-77",
        });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains("set a new password", mail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.NotNull(page.QuerySelector("p.notice"));
        using var again = site.CreateSiteClient();
        await again.SignInAsync(email, "Uusi-salasana-77");
    }

    [Fact]
    public async Task ForgotPassword_ShouldAnswerTheSame_WhenNoAccountExists()
    {
        using var client = site.CreateSiteClient();

        var (response, page) = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@example.fi" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("p.notice"));
    }

    [Fact]
    public async Task Profile_ShouldSaveTheChanges_AndSwitchTheLanguage()
    {
        using var client = await site.SignedInClientAsync([Roles.Learner]);

        var (saved, _) = await client.SubmitFormAsync("/account/profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Bo Rådgivare",
            ["Input.Organisation"] = "Vanda stad",
            ["Input.HomeRegionId"] = "vantaa",
            ["Input.PreferredLanguage"] = "sv",
        });
        var (_, page) = await client.GetPageAsync("/account/profile", acceptLanguage: "fi");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Bo Rådgivare", page.QuerySelector("#Input_DisplayName")?.GetAttribute("value"));
        Assert.Equal("vantaa", page.QuerySelector("#Input_HomeRegionId option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Profile_ShouldRefuseAnUnknownRegion_With400()
    {
        using var client = await site.SignedInClientAsync([Roles.Learner]);

        var (response, page) = await client.SubmitFormAsync("/account/profile", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "X",
            ["Input.HomeRegionId"] = "atlantis",
            ["Input.PreferredLanguage"] = "fi",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#Input_HomeRegionId-error"));
    }

    [Fact]
    public async Task Profile_ShouldRedirectToSignIn_WhenAnonymous()
    {
        using var client = site.CreateSiteClient();

        var (response, _) = await client.GetPageAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_ShouldEndTheSession()
    {
        using var client = await site.SignedInClientAsync([Roles.Learner]);

        var (response, _) = await client.SubmitFormAsync("/account/logout", new Dictionary<string, string>());
        var (profile, _) = await client.GetPageAsync("/account/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, profile.StatusCode);
    }

    private async Task<string> ReadMailToAsync(string email)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Directory.Exists(site.MailFolder))
            {
                foreach (var file in Directory.GetFiles(site.MailFolder, "*.eml"))
                {
                    var text = await File.ReadAllTextAsync(file);
                    if (text.Contains(email, StringComparison.OrdinalIgnoreCase))
                    {
                        return DecodeQuotedPrintable(text);
                    }
                }
            }

            await Task.Delay(100);
        }

        throw new InvalidOperationException($"No mail to {email} in {site.MailFolder}");
    }

    private static string DecodeQuotedPrintable(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text.Replace("=\r\n", string.Empty, StringComparison.Ordinal), "=([0-9A-F]{2})", m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString());
}

public sealed class AccountsTestsOnSqlite(SqliteSiteFactory site) : AccountsTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AccountsTestsOnPostgres(PostgresSiteFactory site) : AccountsTests(site), IClassFixture<PostgresSiteFactory>;
