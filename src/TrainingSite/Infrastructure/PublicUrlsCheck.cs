using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Web;
using TrainingSite.Core.Content;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Resolves the public address as the site starts (a malformed one stops it with the setting's name) and warns once
/// when it is only the fallback from <c>Urls</c>, because mail links would then point at that address. Tells the
/// Markdown renderer the address too, so an author's absolute link to this site is not marked as external.
/// </summary>
public sealed class PublicUrlsCheck(IPublicUrls urls, ILogger<PublicUrlsCheck> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.Checks;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        SafeMarkdown.UseSiteAddress(urls.BaseUrl);
        if (urls is PublicUrls { IsConfigured: false })
        {
            logger.LogWarning(
                "Site:PublicBaseUrl is not set: mail links and certificates will use {Address}, the first address in Urls. Set Site:PublicBaseUrl to the address people use",
                urls.BaseUrl);
        }

        return Task.CompletedTask;
    }
}
