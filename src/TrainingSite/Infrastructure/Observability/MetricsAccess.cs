using System.Net;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>
/// Only loopback and <c>Metrics:AllowedNetworks</c> may read <c>/metrics</c>; anyone else gets the site's ordinary 404
/// page, the same as when metrics are off, so an outsider cannot even tell they exist. Placed after the trusted-proxy
/// middleware: a client behind a trusted proxy is judged by its own address, not the proxy's.
/// </summary>
public sealed class MetricsAccess(RequestDelegate next, MetricsOptions options)
{
    public const string Path = "/metrics";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(Path) && !Allows(context.Connection.RemoteIpAddress))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return next(context);
    }

    public bool Allows(IPAddress? client)
    {
        if (client is null)
        {
            return false; // no address (a Unix socket without a trusted proxy): nobody to judge
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        return IPAddress.IsLoopback(client) || options.AllowedNetworks.Any(n => n.Contains(client));
    }
}
