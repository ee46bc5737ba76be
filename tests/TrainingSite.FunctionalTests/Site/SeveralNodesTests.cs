using System.Net;
using Npgsql;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Data.Configuration;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Site;

/// <summary>Two nodes on one PostgreSQL database share Data Protection keys, so a sign-in on one is valid on the other.</summary>
public sealed class SeveralNodesTests
{
    [Fact]
    public async Task SignInCookie_ShouldBeAccepted_ByASecondNodeOnTheSameDatabase()
    {
        await using var first = new PostgresSiteFactory();
        await first.InitializeAsync();
        await using var second = new NodeOn(first.Database.ConnectionString);
        var cookie = await SignInCookieAsync(first);

        using var other = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/profile");
        request.Headers.Add("Cookie", cookie);
        var response = await other.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SignOut_OnOneNode_ShouldEndTheSessionOnTheOther()
    {
        await using var first = new PostgresSiteFactory();
        await first.InitializeAsync();
        await using var second = new NodeOn(first.Database.ConnectionString);
        var cookie = await SignInCookieAsync(first);
        var before = await ProfileStatusAsync(second, cookie);

        using var raw = first.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = new HttpRequestMessage(HttpMethod.Get, "/account/logout");
        form.Headers.Add("Cookie", cookie);
        var page = await raw.SendAsync(form);
        var antiforgery = page.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("ts.af", StringComparison.Ordinal));
        var token = System.Text.RegularExpressions.Regex.Match(await page.Content.ReadAsStringAsync(), "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/logout") { Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]) };
        post.Headers.Add("Cookie", string.Join("; ", antiforgery.Append(cookie)));
        var signedOut = await raw.SendAsync(post);

        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, await ProfileStatusAsync(second, cookie));
    }

    [Fact]
    public async Task Health_ShouldAnswer503_WhenTheDatabaseGoesAway()
    {
        await using var site = new PostgresSiteFactory();
        await site.InitializeAsync();
        using var client = site.CreateSiteClient();
        var name = new NpgsqlConnectionStringBuilder(site.Database.ConnectionString).Database;

        NpgsqlConnection.ClearAllPools();
        await using (var server = new NpgsqlConnection(TestDatabase.ServerConnectionString()))
        {
            await server.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", server);
            await drop.ExecuteNonQueryAsync();
        }

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"reachable\":false", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The sign-in cookie as a browser would send it, read by signing in through a cookie-less client.</summary>
    private static async Task<string> SignInCookieAsync(SiteFactory site)
    {
        var email = $"node-{Guid.NewGuid():N}@example.fi";
        await site.CreateUserAsync(email, [Roles.Learner]);
        using var raw = site.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        var login = await raw.GetAsync("/account/login");
        var antiforgeryCookie = login.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).ToList();
        var html = await login.Content.ReadAsStringAsync();
        var token = System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var post = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", SiteFactory.DefaultPassword), new("__RequestVerificationToken", token)]),
        };
        post.Headers.Add("Cookie", string.Join("; ", antiforgeryCookie));
        var signedIn = await raw.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Where(c => c.StartsWith("ts.auth", StringComparison.Ordinal)));
    }

    private static async Task<HttpStatusCode> ProfileStatusAsync(SiteFactory node, string cookie)
    {
        using var client = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/account/profile");
        request.Headers.Add("Cookie", cookie);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
