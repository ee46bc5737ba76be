namespace TrainingSite.Infrastructure;

/// <summary>The <c>Site</c> configuration section: the public address and the reverse proxies trusted to forward.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>
    /// The address people reach the site at, e.g. <c>https://koulutus.example.fi</c>: mail links and certificates use
    /// it. Empty: the legacy <c>Certificates:PublicBaseUrl</c>, then the first address in <c>Urls</c>.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed.</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, e.g. <c>10.0.0.0/8</c>) whose forwarded headers are believed.</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];

    public static SiteOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        return new SiteOptions
        {
            PublicBaseUrl = section["PublicBaseUrl"],
            KnownProxies = List(section.GetSection("KnownProxies")),
            KnownNetworks = List(section.GetSection("KnownNetworks")),
        };
    }

    /// <summary>A list given either as array entries (<c>Site__KnownProxies__0</c>) or as one value separated by ; or ,.</summary>
    private static string[] List(IConfigurationSection section)
    {
        var values = section.Value is { Length: > 0 } single ? [single] : section.GetChildren().Select(c => c.Value ?? string.Empty);
        return values.SelectMany(v => v.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();
    }
}
