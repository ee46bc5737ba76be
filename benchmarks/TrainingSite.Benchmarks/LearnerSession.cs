using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace TrainingSite.Benchmarks;

/// <summary>
/// A learner signed in through the real login form: an HttpClient keeping the learner's cookies (sign-in and
/// antiforgery) and not following redirects, so callers can read where a post leads.
/// </summary>
public sealed partial class LearnerSession : IDisposable
{
    private readonly CookieContainer _cookies;

    private LearnerSession(string site, HttpClient http, CookieContainer cookies)
    {
        Site = site;
        Http = http;
        _cookies = cookies;
    }

    public string Site { get; }

    public HttpClient Http { get; }

    /// <summary>The session's cookies as one Cookie header, for clients (wrk, the load driver) that keep none.</summary>
    public string CookieHeader => string.Join("; ", _cookies.GetCookies(new Uri(Site)).Select(c => $"{c.Name}={c.Value}"));

    /// <summary>
    /// Signs in. <paramref name="from"/> is the loopback address to connect from: the login form allows 60
    /// posts a minute per client address, so signing in hundreds of learners spreads them over 127.0.x.y.
    /// </summary>
    public static async Task<LearnerSession> SignInAsync(string site, string email, IPAddress? from = null)
    {
        var session = Open(site, from);
        try
        {
            var token = await session.FormTokenAsync("/account/login");
            using var response = await session.Http.PostAsync($"{site}/account/login", new FormUrlEncodedContent(
                [new("Input.Email", email), new("Input.Password", BenchmarkSeed.Password), new("__RequestVerificationToken", token)]));
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode}");
            }

            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>
    /// A session not signed in yet (the exam scenario signs in itself, timing each request). With
    /// <paramref name="idleTimeout"/>, a connection left idle that long is closed and the next request opens one.
    /// </summary>
    public static LearnerSession Open(string site, IPAddress? from = null, TimeSpan? idleTimeout = null)
    {
        var cookies = new CookieContainer();
        var handler = new SocketsHttpHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        if (idleTimeout is { } idle)
        {
            handler.PooledConnectionIdleTimeout = idle;
        }

        if (from is not null)
        {
            handler.ConnectCallback = (context, cancellationToken) => ConnectFromAsync(from, context.DnsEndPoint, cancellationToken);
        }

        return new LearnerSession(site, new HttpClient(handler), cookies);
    }

    /// <summary>The antiforgery token of the (first) form on <paramref name="page"/>'s HTML; null when it has none.</summary>
    public static string? TokenIn(string page) => AntiforgeryToken().Match(page) is { Success: true } token ? token.Groups[1].Value : null;

    /// <summary>The antiforgery token of the (first) form on the page at <paramref name="path"/>.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        return TokenIn(await Http.GetStringAsync(Site + path)) ?? throw new InvalidOperationException($"No antiforgery token on {path}");
    }

    public void Dispose() => Http.Dispose();

    private static async ValueTask<Stream> ConnectFromAsync(IPAddress from, DnsEndPoint to, CancellationToken cancellationToken)
    {
        var socket = new Socket(from.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            socket.Bind(new IPEndPoint(from, 0));
            await socket.ConnectAsync(to, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
