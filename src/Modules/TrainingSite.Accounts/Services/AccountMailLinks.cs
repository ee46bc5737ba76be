using Microsoft.Extensions.Configuration;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// Absolute links for the accounts module's mail. Never from the request's Host header, which anyone can forge.
/// </summary>
public sealed class AccountMailLinks(IConfiguration configuration)
{
    /// <summary>The site's public address followed by <paramref name="path"/> (which starts with "/").</summary>
    public string To(string path)
    {
        // TODO(Site:PublicBaseUrl): use IPublicUrls from TrainingSite.Abstractions once the public-base-URL work
        // lands; this reads the same setting with the same fallback (the first address in Urls) meanwhile.
        var configured = configuration["Site:PublicBaseUrl"];
        var baseUrl = string.IsNullOrWhiteSpace(configured)
            ? (configuration["Urls"] ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://localhost:5000"
            : configured;
        return baseUrl.TrimEnd('/') + path;
    }
}
