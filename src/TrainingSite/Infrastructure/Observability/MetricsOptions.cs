using System.Net;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>The <c>Metrics</c> configuration section: the Prometheus scrape endpoint and who may read it.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>Answer <c>/metrics</c> in Prometheus' text format; off, the path is an unknown page (404).</summary>
    public bool Prometheus { get; init; }

    /// <summary>Client networks besides loopback that may read <c>/metrics</c>, e.g. <c>10.0.0.0/8</c> or one address.</summary>
    public IReadOnlyList<System.Net.IPNetwork> AllowedNetworks { get; init; } = [];

    public static MetricsOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new MetricsOptions
        {
            Prometheus = section.GetValue<bool>("Prometheus"),
            AllowedNetworks = [.. List(section.GetSection("AllowedNetworks")).Select(Network)],
        };
    }

    /// <summary>A network in CIDR notation, or one address (a /32 or /128).</summary>
    private static System.Net.IPNetwork Network(string value)
    {
        if (System.Net.IPNetwork.TryParse(value, out var network))
        {
            return network;
        }

        return IPAddress.TryParse(value, out var address)
            ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new InvalidOperationException($"Metrics:AllowedNetworks: '{value}' is neither a network in CIDR notation (10.0.0.0/8) nor an IP address");
    }

    /// <summary>As array entries (<c>Metrics__AllowedNetworks__0</c>) or one value separated by ; or , (as <c>Site:KnownNetworks</c>).</summary>
    private static IEnumerable<string> List(IConfigurationSection section)
    {
        var values = section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? string.Empty);
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }
}
