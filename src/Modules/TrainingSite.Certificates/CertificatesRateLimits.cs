using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TrainingSite.Certificates.Services;

namespace TrainingSite.Certificates;

/// <summary>
/// Verification lookups are limited per client address (Certificates:VerifyPerMinute, 30 by default), so nobody can
/// walk through codes; opening the empty form is not counted. Over the limit the host answers 429 with its
/// localized page. Clients without a known address share one allowance, which errs on the side of the limit.
/// </summary>
public static class CertificatesRateLimits
{
    public const string VerifyPolicy = "certificates-verify";

    public static IServiceCollection AddVerificationRateLimit(this IServiceCollection services) =>
        services.AddRateLimiter(options => options.AddPolicy(VerifyPolicy, context =>
        {
            var hasCode = context.Request.RouteValues.ContainsKey("code") || context.Request.Query.ContainsKey("code");
            if (!hasCode)
            {
                return RateLimitPartition.GetNoLimiter("form");
            }

            var perMinute = context.RequestServices.GetRequiredService<IOptions<CertificateOptions>>().Value.VerifyPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        }));
}
