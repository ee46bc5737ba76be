using System.Text.RegularExpressions;
using TrainingSite.Abstractions.Web;

namespace TrainingSite.Infrastructure;

/// <summary>
/// The public address from configuration, resolved once: <c>Site:PublicBaseUrl</c>, else the older
/// <c>Certificates:PublicBaseUrl</c>, else the first address in <c>Urls</c> (a wildcard host read as localhost), so
/// <c>dotnet run</c> works with no setting; <see cref="PublicUrlsCheck"/> warns about that fallback at start-up.
/// </summary>
public sealed partial class PublicUrls : IPublicUrls
{
    public const string DefaultUrls = "http://localhost:5000";

    public PublicUrls(IConfiguration configuration)
    {
        var (value, setting) = Configured(configuration);
        IsConfigured = value is not null;
        Setting = setting;
        BaseUrl = Validate(value ?? FirstListeningAddress(configuration), setting);
    }

    public string BaseUrl { get; }

    /// <summary>False when the address is the fallback from <c>Urls</c>.</summary>
    public bool IsConfigured { get; }

    /// <summary>The setting the address came from.</summary>
    public string Setting { get; }

    public string Absolute(string sitePath) => BaseUrl + (sitePath.StartsWith('/') ? sitePath : "/" + sitePath);

    private static (string? Value, string Setting) Configured(IConfiguration configuration)
    {
        foreach (var setting in new[] { "Site:PublicBaseUrl", "Certificates:PublicBaseUrl" })
        {
            if (configuration[setting] is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value))
            {
                return (value.Trim(), setting);
            }
        }

        return (null, "Urls");
    }

    private static string FirstListeningAddress(IConfiguration configuration)
    {
        var first = (configuration["Urls"] ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .FirstOrDefault() ?? DefaultUrls;
        return WildcardHost().Replace(first, "${scheme}localhost");
    }

    private static string Validate(string value, string setting)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            throw new InvalidOperationException(
                $"{setting} '{value}' is not an absolute http or https address. Set Site:PublicBaseUrl to the address people use, e.g. https://koulutus.example.fi");
        }

        return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    [GeneratedRegex(@"^(?<scheme>https?://)(\*|\+|0\.0\.0\.0|\[::\])(?=[:/]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex WildcardHost();
}
