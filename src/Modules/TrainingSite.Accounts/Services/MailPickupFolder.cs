using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// The folder mail is written to when no SMTP host is set (<c>Mail:PickupFolder</c>). Its .eml files hold reset links
/// with live tokens, so files older than the reset token's lifetime are deleted, when mail is written and at start-up:
/// by then their links no longer work and nothing is lost.
/// </summary>
public sealed class MailPickupFolder(
    IOptions<MailOptions> options,
    IOptions<DataProtectionTokenProviderOptions> tokens,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<MailPickupFolder> logger)
{
    /// <summary>True when mail goes to the folder, not to an SMTP server.</summary>
    public bool InUse => string.IsNullOrWhiteSpace(options.Value.Smtp.Host);

    public string Path => System.IO.Path.GetFullPath(options.Value.PickupFolder, environment.ContentRootPath);

    /// <summary>Deletes the .eml files older than the reset token lifetime; returns how many.</summary>
    public int DeleteExpired()
    {
        if (!Directory.Exists(Path))
        {
            return 0;
        }

        var cutoff = time.GetUtcNow().UtcDateTime - tokens.Value.TokenLifespan;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(Path, "*.eml"))
        {
            try
            {
                if (File.GetLastWriteTimeUtc(file) < cutoff)
                {
                    File.Delete(file);
                    deleted++;
                }
            }
            catch (IOException exception)
            {
                // Another node or a reader may hold it; the next sweep takes it.
                logger.LogDebug(exception, "Expired mail file not deleted yet: {File}", System.IO.Path.GetFileName(file));
            }
        }

        return deleted;
    }
}
