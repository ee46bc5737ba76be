using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Identity;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>Registration, sign-in and the password-reset request answer alike, in words and status (sign-in also in time), whether or not an account exists.</summary>
public abstract class AccountEnumerationTests(SiteFactory site)
{
    /// <summary>Not the owner's password, so a registration that overwrote the account would show.</summary>
    private const string ProberPassword = "Rekisteri-salasana-7";

    private static int _nextClient;

    [Fact]
    public async Task Register_ShouldAnswerAlikeForANewAndAUsedAddress_AndMailTheOwnerInTheirLanguage()
    {
        var used = $"owner-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(used, [Roles.Learner], language: "sv");
        using var newcomer = site.CreateSiteClient();
        using var prober = site.CreateSiteClient();

        var (fresh, _) = await newcomer.SubmitFormAsync("/account/register?returnUrl=%2Fcourses", RegistrationForm.For($"new-{Guid.NewGuid():N}@example.fi", ProberPassword));
        var (taken, takenPage) = await prober.SubmitFormAsync("/account/register?returnUrl=%2Fcourses", RegistrationForm.For(used, ProberPassword));
        var mail = await Mailbox.FindToAsync(site, used);

        Assert.Equal(HttpStatusCode.Redirect, fresh.StatusCode);
        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal("/courses", fresh.Headers.Location?.OriginalString);
        Assert.Equal(fresh.Headers.Location, taken.Headers.Location);
        Assert.Empty(takenPage.QuerySelectorAll(".error-summary, .field-error"));
        Assert.NotNull(mail);
        Assert.Contains("försökte just skapa ett konto i tjänsten Utbildning i vägledning och rådgivning för kunder med främmande språk", mail, StringComparison.Ordinal);
        Assert.Contains("/account/login", mail, StringComparison.Ordinal);
        Assert.Contains("/account/forgot-password", mail, StringComparison.Ordinal);
        var owner = await site.WithServiceAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TrainingUser>>();
            var user = await users.FindByEmailAsync(used);
            return (user!.DisplayName, await users.CheckPasswordAsync(user, SiteFactory.DefaultPassword));
        });
        Assert.Equal((used.Split('@')[0], true), owner);
        var (newcomerProfile, _) = await newcomer.GetPageAsync("/account/profile");
        Assert.Equal(HttpStatusCode.OK, newcomerProfile.StatusCode);
    }

    [Fact]
    public async Task Register_ShouldExplainAWeakPasswordAlike_ForANewAndAUsedAddress()
    {
        var used = $"weak-owner-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(used, [Roles.Learner]);
        using var client = site.CreateSiteClient();

        var (fresh, freshPage) = await client.SubmitFormAsync("/account/register", RegistrationForm.For($"weak-new-{Guid.NewGuid():N}@example.fi", "short"));
        var (taken, takenPage) = await client.SubmitFormAsync("/account/register", RegistrationForm.For(used, "short"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (fresh.StatusCode, taken.StatusCode));
        Assert.Contains("vähintään 8 merkkiä", takenPage.QuerySelector("#Input_Password-error")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(freshPage.QuerySelector(".error-summary")?.TextContent, takenPage.QuerySelector(".error-summary")?.TextContent);
        Assert.Null(await Mailbox.FindToAsync(site, used, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task SignIn_ShouldAnswerAlike_ForAnUnknownAccountAndAWrongPassword()
    {
        var known = $"known-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(known, [Roles.Learner]);
        using var client = NewClient();

        var (wrong, wrongPage) = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = known, ["Input.Password"] = "Not-the-1-password" });
        var (unknown, unknownPage) = await client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = $"x{known}", ["Input.Password"] = "Not-the-1-password" });

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(wrong.StatusCode, unknown.StatusCode);
        Assert.Contains("väärä", wrongPage.QuerySelector(".error-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(wrongPage.QuerySelector(".error-summary")?.TextContent, unknownPage.QuerySelector(".error-summary")?.TextContent);
    }

    [Fact]
    public async Task SignIn_ShouldTakeAsLong_ForAnUnknownAccountAsForAWrongPassword()
    {
        var known = $"timed-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(known, [Roles.Learner]);

        var (knownMedian, unknownMedian) = await MedianTimesAsync(
            () => TimedPostAsync("/account/login", [new("Input.Email", known), new("Input.Password", "Not-the-1-password")]),
            () => TimedPostAsync("/account/login", [new("Input.Email", $"nobody-{Guid.NewGuid():N}@example.fi"), new("Input.Password", "Not-the-1-password")]));

        // Generous, so a busy machine does not fail it; without the dummy hash the unknown case is ~20x faster.
        Assert.True(unknownMedian >= knownMedian / 3, $"unknown {unknownMedian.TotalMilliseconds} ms, known {knownMedian.TotalMilliseconds} ms");
        Assert.True(knownMedian >= unknownMedian / 3, $"unknown {unknownMedian.TotalMilliseconds} ms, known {knownMedian.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task ForgotPassword_ShouldAnswerAlike_WhetherOrNotTheAccountExists_AndMailOnlyTheOwner()
    {
        var known = $"forgot-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(known, [Roles.Learner]);
        using var client = NewClient();

        var (knownAnswer, knownPage) = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = known });
        var (unknownAnswer, unknownPage) = await client.SubmitFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = $"x{known}" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (knownAnswer.StatusCode, unknownAnswer.StatusCode));
        Assert.Equal(knownPage.QuerySelector("main")?.TextContent, unknownPage.QuerySelector("main")?.TextContent);
        Assert.NotNull(await Mailbox.FindToAsync(site, known, TimeSpan.FromSeconds(10)));
        Assert.Null(await Mailbox.FindToAsync(site, $"x{known}", TimeSpan.FromSeconds(1)));
    }

    /// <summary>
    /// The page's time cannot tell whether an account exists because the page cannot find out: it only queues the
    /// address, and the background mailer looks it up. A timing test of that would only measure the machine's noise, so
    /// this checks the cause instead: nothing the page is built from can read accounts.
    /// </summary>
    [Fact]
    public void ForgotPasswordPage_ShouldDependOnNothingThatCanLookUpAccounts()
    {
        var page = typeof(TrainingSite.Accounts.Areas.Accounts.Pages.ForgotPasswordModel);
        Type[] accountReaders = [typeof(UserManager<TrainingUser>), typeof(SignInManager<TrainingUser>), typeof(TrainingSite.Data.TrainingDbContext), typeof(IServiceProvider)];

        var dependencies = page.GetConstructors().SelectMany(c => c.GetParameters()).Select(p => p.ParameterType).ToList();

        Assert.NotEmpty(dependencies);
        Assert.DoesNotContain(dependencies, d => accountReaders.Any(r => r.IsAssignableFrom(d)));
    }

    /// <summary>A client from an address of its own, so the sign-in throttle's per-client count never joins two tests or two tries.</summary>
    private SiteClient NewClient()
    {
        var n = Interlocked.Increment(ref _nextClient);
        return site.CreateSiteClient($"10.77.{n / 250}.{(n % 250) + 1}");
    }

    /// <summary>Times one post (the antiforgery token is fetched first and not timed).</summary>
    private async Task<TimeSpan> TimedPostAsync(string url, KeyValuePair<string, string>[] fields, string formPage = "/account/login")
    {
        using var client = NewClient();
        var token = await client.AntiforgeryTokenAsync(formPage);
        var watch = Stopwatch.StartNew();
        var (response, _) = await client.PostAsync(url, [new("__RequestVerificationToken", token), .. fields]);
        watch.Stop();
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}");
        return watch.Elapsed;
    }

    /// <summary>Medians over interleaved tries, after one untimed warm-up of each.</summary>
    private static async Task<(TimeSpan Known, TimeSpan Unknown)> MedianTimesAsync(Func<Task<TimeSpan>> known, Func<Task<TimeSpan>> unknown)
    {
        await known();
        await unknown();
        var (knownTimes, unknownTimes) = (new List<TimeSpan>(), new List<TimeSpan>());
        for (var i = 0; i < 9; i++)
        {
            knownTimes.Add(await known());
            unknownTimes.Add(await unknown());
        }

        return (knownTimes.Order().ElementAt(4), unknownTimes.Order().ElementAt(4));
    }
}

public sealed class AccountEnumerationTestsOnSqlite(SqliteSiteFactory site) : AccountEnumerationTests(site), IClassFixture<SqliteSiteFactory>;

public sealed class AccountEnumerationTestsOnPostgres(PostgresSiteFactory site) : AccountEnumerationTests(site), IClassFixture<PostgresSiteFactory>;
