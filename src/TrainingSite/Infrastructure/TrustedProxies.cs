using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address. X-Forwarded-For and X-Forwarded-Proto name
/// the real client and scheme, but anyone can send them, so they are believed only from <c>Site:KnownProxies</c> and
/// <c>Site:KnownNetworks</c>. With neither set the middleware is left out altogether: with empty lists ASP.NET Core
/// would believe every sender, and its loopback defaults are cleared for the same reason.
/// </summary>
public static class TrustedProxies
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var site = SiteOptions.Read(configuration);
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            options.ForwardLimit = null; // walk back through every trusted proxy, stop at the first address not trusted
            foreach (var proxy in site.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"Site:KnownProxies: '{proxy}' is not an IP address, e.g. 10.0.0.5"));
            }

            foreach (var network in site.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"Site:KnownNetworks: '{network}' is not a network in CIDR notation, e.g. 10.0.0.0/8"));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so rate limits, logs, cookies and HSTS all see the real client and scheme.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }
}
