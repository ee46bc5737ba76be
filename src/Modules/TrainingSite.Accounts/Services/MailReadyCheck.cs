using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace TrainingSite.Accounts.Services;

/// <summary>
/// /health/ready: mail can leave. With <c>Mail:Smtp:Host</c> set that is assumed (the server is not called on every
/// probe); without it the pickup folder must take a file, which is written and deleted.
/// </summary>
public sealed class MailReadyCheck(IOptions<MailOptions> options, MailPickupFolder folder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!folder.InUse)
        {
            return Task.FromResult(HealthCheckResult.Healthy($"SMTP host {options.Value.Smtp.Host} configured"));
        }

        var data = new Dictionary<string, object> { ["pickupFolder"] = folder.Path };
        try
        {
            Directory.CreateDirectory(folder.Path);
            var probe = Path.Combine(folder.Path, $".ready-{Guid.NewGuid():N}.tmp");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return Task.FromResult(HealthCheckResult.Healthy("no SMTP host: the pickup folder is writable", data));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy($"no SMTP host, and the pickup folder cannot be written: {exception.Message}", data: data));
        }
    }
}
