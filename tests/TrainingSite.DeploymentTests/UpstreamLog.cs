using System.Net;

namespace TrainingSite.DeploymentTests;

/// <summary>
/// Which node answered each request that went through nginx, read from the X-Upstream header the test's balancer adds
/// ($upstream_addr: "127.0.0.1:port", or several separated by ", " when nginx passed the request on to the next node).
/// One log for every client of a test, because nginx's round robin counts the requests of all of them.
/// </summary>
public sealed class UpstreamLog
{
    public const string Header = "X-Upstream";

    /// <summary>The directive that makes the test's nginx name the node in every answer.</summary>
    public const string BalancerDirective = $"add_header {Header} $upstream_addr always;";

    private readonly List<Served> _entries = [];

    public IReadOnlyList<Served> Entries
    {
        get { lock (_entries) { return [.. _entries]; } }
    }

    /// <summary>The node that answered the latest request.</summary>
    public string? Last
    {
        get { lock (_entries) { return _entries.Count == 0 ? null : _entries[^1].Node; } }
    }

    /// <summary>A client through nginx that keeps cookies and records who answered; redirects are not followed.</summary>
    public HttpClient CreateClient(string baseUrl) =>
        new(new Recorder(this) { InnerHandler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(), AutomaticDecompression = DecompressionMethods.All } })
        {
            BaseAddress = new Uri(baseUrl),
            Timeout = TimeSpan.FromSeconds(60),
        };

    /// <summary>The node that answered, from a response through nginx (the last one named: the one that answered).</summary>
    public static string NodeOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(Header, out var values)
            ? values.Last().Split(',').Last().Trim()
            : throw new InvalidOperationException($"No {Header} header on {response.RequestMessage?.RequestUri}: not through the test's nginx?");

    private void Add(Served served)
    {
        lock (_entries)
        {
            _entries.Add(served);
        }
    }

    public sealed record Served(HttpMethod Method, string Path, HttpStatusCode Status, string Node, string Upstreams);

    private sealed class Recorder(UpstreamLog log) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            var upstreams = response.Headers.TryGetValues(Header, out var values) ? string.Join(", ", values) : string.Empty;
            log.Add(new Served(request.Method, request.RequestUri!.PathAndQuery, response.StatusCode, NodeOf(response), upstreams));
            return response;
        }
    }
}
