using TrainingSite.Abstractions.Modules;
using TrainingSite.Abstractions.Web;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Resolves the public address as the site starts (a malformed one stops it with the setting's name) and warns once
/// when it is only the fallback from <c>Urls</c>, because mail links would then point at that address.
/// </summary>
public sealed class PublicUrlsCheck(IPublicUrls urls, ILogger<PublicUrlsCheck> logger) : IStartupTask
{
    public int Order => StartupTaskOrder.Checks;

    public Task RunAsync(CancellationToken cancellationToken)
    {
        if (urls is PublicUrls { IsConfigured: false })
        {
            logger.LogWarning(
                "Site:PublicBaseUrl is not set: mail links and certificates will use {Address}, the first address in Urls. Set Site:PublicBaseUrl to the address people use",
                urls.BaseUrl);
        }

        return Task.CompletedTask;
    }
}
