using System.Net;
using System.Text;
using TrainingSite.Abstractions.Permissions;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Security;

/// <summary>
/// Someone calling the site: anonymous or signed in with roles. A hostile post may sign the caller out (sign-out,
/// "sign out everywhere"), so <see cref="EnsureSignedInAsync"/> signs in again before the next handler.
/// </summary>
public sealed class Caller : IDisposable
{
    private readonly string? _email;
    private string? _token;

    private Caller(SecuritySite site, string name, string? email)
    {
        Name = name;
        _email = email;
        Client = site.CreateSiteClient();
    }

    public string Name { get; }

    public bool IsAnonymous => _email is null;

    public SiteClient Client { get; }

    public static Caller Anonymous(SecuritySite site) => new(site, "anonymous", null);

    public static async Task<Caller> SignedInAsync(SecuritySite site, string name, string[] roles, string? homeRegion = null, string[]? coordinatedRegions = null)
    {
        var email = $"{name}-{Guid.NewGuid():N}@security.example.fi";
        await site.CreateUserAsync(email, roles, homeRegion, coordinatedRegions);
        var caller = new Caller(site, name, email);
        await caller.EnsureSignedInAsync();
        return caller;
    }

    /// <summary>The kinds of caller the tests walk through, each a fresh user.</summary>
    public static async Task<IReadOnlyList<Caller>> EveryoneAsync(SecuritySite site) =>
    [
        Anonymous(site),
        await SignedInAsync(site, "learner", [Roles.Learner, Roles.NetworkMember], homeRegion: "espoo"),
        await SignedInAsync(site, "network-member", [Roles.NetworkMember], homeRegion: "helsinki"),
        await SignedInAsync(site, "coordinator-espoo", [Roles.RegionalCoordinator, Roles.Learner, Roles.NetworkMember], homeRegion: "espoo", coordinatedRegions: ["espoo"]),
        await SignedInAsync(site, "coordinator-helsinki", [Roles.RegionalCoordinator, Roles.Learner, Roles.NetworkMember], homeRegion: "helsinki", coordinatedRegions: ["helsinki"]),
        await SignedInAsync(site, "admin", [Roles.Administrator, Roles.Learner, Roles.NetworkMember]),
    ];

    public async Task EnsureSignedInAsync()
    {
        if (_email is null)
        {
            _token ??= await Client.AntiforgeryTokenAsync("/account/login");
            return;
        }

        var profile = await Client.Http.GetAsync("/account/profile");
        if (profile.StatusCode != HttpStatusCode.OK)
        {
            await Client.SignInAsync(_email, SiteFactory.DefaultPassword);
            _token = null;
        }

        _token ??= await Client.AntiforgeryTokenAsync("/account/profile");
    }

    /// <summary>A valid antiforgery token for this caller's session.</summary>
    public string Token => _token ?? throw new InvalidOperationException("Call EnsureSignedInAsync first.");

    public async Task<HttpResponseMessage> SendAsync(string method, string url, string? formBody = null, string? contentType = null)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (formBody is not null)
        {
            request.Content = new StringContent(formBody, Encoding.ASCII, contentType ?? "application/x-www-form-urlencoded");
            request.Content.Headers.ContentType!.CharSet = null;
        }

        try
        {
            var response = await Client.Http.SendAsync(request);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The test host rethrows what even the site's error page could not handle: to a browser, a 500.
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { ReasonPhrase = (exception.GetType().Name + ": " + exception.Message).ReplaceLineEndings(" ") };
        }
    }

    public void Dispose() => Client.Dispose();
}
