using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Accounts.Models;
using TrainingSite.Data;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Accounts;

/// <summary>
/// Failed sign-ins are counted per account and per client: an attacker's address is locked out of an account
/// while its owner, from another address, signs in; unknown accounts lock exactly like real ones; locks expire.
/// </summary>
public abstract partial class SignInLockoutTests(SiteFactory site)
{
    private const string WrongPassword = "Wrong-password-1";

    [Fact]
    public async Task FiveFailuresFromOneClient_ShouldLockThatClientOut_WhileAnotherClientSignsIn()
    {
        var email = await NewAccountAsync();
        using var attacker = site.CreateSiteClient("198.51.100.10");
        using var owner = site.CreateSiteClient("203.0.113.10");

        var failures = await FailAsync(attacker, email, 5);
        var (refused, page) = await SignInAsync(attacker, email, SiteFactory.DefaultPassword);
        var (ownerSignIn, _) = await SignInAsync(owner, email, SiteFactory.DefaultPassword);

        Assert.All(failures, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.Locked, refused.StatusCode);
        Assert.Contains("lukittu klo", Message(page), StringComparison.Ordinal);
        var retryAfter = refused.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.InRange(retryAfter ?? 0, 1, 15 * 60);
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
    }

    [Fact]
    public async Task UnknownAndRealAccounts_ShouldLockAlike()
    {
        var real = await NewAccountAsync();
        var unknown = $"nobody-{Guid.NewGuid():N}@example.fi";
        using var first = site.CreateSiteClient("198.51.100.20");
        using var second = site.CreateSiteClient("198.51.100.21");

        var realAttempts = await FailAsync(first, real, 6);
        var unknownAttempts = await FailAsync(second, unknown, 6);
        var (_, realPage) = await SignInAsync(first, real, SiteFactory.DefaultPassword);
        var (_, unknownPage) = await SignInAsync(second, unknown, SiteFactory.DefaultPassword);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.BadRequest, 5), HttpStatusCode.Locked], realAttempts);
        Assert.Equal(realAttempts, unknownAttempts);
        Assert.Equal(WithoutTime(Message(realPage)), WithoutTime(Message(unknownPage)));
    }

    [Fact]
    public async Task Lock_ShouldExpire_WhenTheFailuresLeaveTheWindow()
    {
        var email = await NewAccountAsync();
        using var client = site.CreateSiteClient("198.51.100.30");
        await FailAsync(client, email, 5);
        var (locked, _) = await SignInAsync(client, email, SiteFactory.DefaultPassword);

        await AgeFailuresAsync("198.51.100.30", TimeSpan.FromMinutes(16));
        var (afterWindow, _) = await SignInAsync(client, email, SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Locked, locked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, afterWindow.StatusCode);
    }

    [Fact]
    public async Task ClientFailingOnManyAccounts_ShouldBeRefusedEverywhere_WithoutLockingTheAccounts()
    {
        var email = await NewAccountAsync();
        using var sprayer = site.CreateSiteClient("198.51.100.40");
        using var owner = site.CreateSiteClient("203.0.113.40");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LockoutSite.PerClient; i++)
        {
            statuses.AddRange(await FailAsync(sprayer, $"spray{i}-{Guid.NewGuid():N}@example.fi", 1));
        }

        var (refused, page) = await SignInAsync(sprayer, email, SiteFactory.DefaultPassword);
        var (ownerSignIn, _) = await SignInAsync(owner, email, SiteFactory.DefaultPassword);

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.BadRequest, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Yritä uudelleen klo", Message(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
    }

    [Fact]
    public async Task AccountUnderAttackFromManyClients_ShouldRefuseThoseThatFailed_AndLetAFreshClientIn()
    {
        var email = await NewAccountAsync();
        var attackers = Enumerable.Range(1, LockoutSite.PerAccount + 1).Select(i => site.CreateSiteClient($"192.0.2.{i}")).ToList();
        using var owner = site.CreateSiteClient("203.0.113.50");
        foreach (var attacker in attackers)
        {
            await FailAsync(attacker, email, 1);
        }

        var (again, _) = await SignInAsync(attackers[0], email, SiteFactory.DefaultPassword);
        var (ownerSignIn, _) = await SignInAsync(owner, email, SiteFactory.DefaultPassword);

        Assert.Equal(HttpStatusCode.Locked, again.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, ownerSignIn.StatusCode);
        attackers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task AdministratorsUnlock_ShouldLiftTheLock()
    {
        var email = await NewAccountAsync();
        var person = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Users.SingleAsync(u => u.Email == email));
        using var client = site.CreateSiteClient("198.51.100.60");
        await FailAsync(client, email, 5);
        using var admin = await site.SignedInClientAsync([Roles.Administrator]);
        var (_, userPage) = await admin.GetPageAsync($"/admin/users/{person.Id}");

        var (unlocked, _) = await admin.SubmitFormAsync($"/admin/users/{person.Id}", new Dictionary<string, string>(), formSelector: "main form[action*=Unlock]");
        var (signIn, _) = await SignInAsync(client, email, SiteFactory.DefaultPassword);

        Assert.Contains("lukittu", userPage.QuerySelector("main")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
    }

    [Fact]
    public async Task AnOfficeSigningInAtOnce_ShouldNotBeRefused_ThoughItsSignInsOutnumberTheClientLimit()
    {
        // An exam morning: three times the cross-account limit of people behind one office address sign in together.
        // Their sign-ins are pending at the same moment, and none of them has failed.
        var emails = await Task.WhenAll(Enumerable.Range(0, 3 * LockoutSite.PerClient).Select(_ => NewAccountAsync()));

        var statuses = await Task.WhenAll(emails.Select(async email =>
        {
            using var colleague = site.CreateSiteClient("198.51.100.60");
            return (await SignInAsync(colleague, email, SiteFactory.DefaultPassword)).Response.StatusCode;
        }));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Redirect, status));
        var left = await site.WithServiceAsync(services =>
            services.GetRequiredService<TrainingDbContext>().Set<SignInFailure>().CountAsync(f => f.Client == "198.51.100.60"));
        Assert.Equal(0, left);
    }

    [Fact]
    public async Task WrongPasswords_ShouldBeRecordedAsFailures_NotLeftPending()
    {
        var email = await NewAccountAsync();
        using var client = site.CreateSiteClient("198.51.100.61");

        await FailAsync(client, email, 2);

        var pending = await site.WithServiceAsync(services => services.GetRequiredService<TrainingDbContext>().Set<SignInFailure>()
            .Where(f => f.Client == "198.51.100.61").Select(f => f.Pending).ToListAsync());
        Assert.Equal([false, false], pending);
    }

    private async Task<string> NewAccountAsync()
    {
        var email = $"lockout-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        return email;
    }

    private static async Task<List<HttpStatusCode>> FailAsync(SiteClient client, string email, int times)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++)
        {
            statuses.Add((await SignInAsync(client, email, WrongPassword)).Response.StatusCode);
        }

        return statuses;
    }

    private static Task<(HttpResponseMessage Response, IDocument Document)> SignInAsync(SiteClient client, string email, string password) =>
        client.SubmitFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });

    private static string Message(IDocument page) => page.QuerySelector(".error-summary li")?.TextContent ?? string.Empty;

    private static string WithoutTime(string message) => TimePattern().Replace(message, "HH.MM");

    /// <summary>Moves a client's failures back in time, as if that long had passed.</summary>
    private Task<int> AgeFailuresAsync(string client, TimeSpan age) => site.WithServiceAsync(async services =>
    {
        var db = services.GetRequiredService<TrainingDbContext>();
        var failures = await db.Set<SignInFailure>().Where(f => f.Client == client).ToListAsync();
        failures.ForEach(f => f.FailedAt -= age);
        return await db.SaveChangesAsync();
    });

    [GeneratedRegex(@"\d{1,2}[.:]\d{2}")]
    private static partial Regex TimePattern();
}

/// <summary>The site with small cross-account limits, so the tests need few requests to reach them.</summary>
public static class LockoutSite
{
    public const int PerClient = 8;
    public const int PerAccount = 6;

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Accounts:SignInThrottle:PerClient"] = PerClient.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Accounts:SignInThrottle:PerAccount"] = PerAccount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public sealed class OnSqlite : SqliteSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => LockoutSite.Settings;
    }

    public sealed class OnPostgres : PostgresSiteFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => LockoutSite.Settings;
    }
}

public sealed class SignInLockoutTestsOnSqlite(LockoutSite.OnSqlite site) : SignInLockoutTests(site), IClassFixture<LockoutSite.OnSqlite>;

public sealed class SignInLockoutTestsOnPostgres(LockoutSite.OnPostgres site) : SignInLockoutTests(site), IClassFixture<LockoutSite.OnPostgres>;
