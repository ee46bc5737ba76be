using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using TrainingSite.Abstractions.Web;

namespace TrainingSite.Infrastructure;

/// <summary>
/// The one place the rate-limit buckets are made (<see cref="RateLimitBuckets"/> names them for pages and endpoints).
/// Each counts per client address, the one the trusted-proxy middleware resolved, in a window of a minute, so one
/// bucket running out (a sign-in attack) never stops another (registration, search). IPv6 clients count per /64,
/// the block one subscriber gets; requests without an address share one allowance, which errs on the side of the
/// limit. Over the limit: 429 with Retry-After and a localized message (the error page, or a problem for /api).
/// </summary>
public static class SiteRateLimits
{
    public static IServiceCollection AddSiteRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).PostConfigure<IConfiguration>((limits, configuration) =>
        {
            // Certificates:VerifyPerMinute is the older name of RateLimits:CertificateVerify and is still read.
            if (configuration[$"{RateLimitOptions.Section}:{nameof(RateLimitOptions.CertificateVerify)}"] is null
                && int.TryParse(configuration["Certificates:VerifyPerMinute"], CultureInfo.InvariantCulture, out var legacy))
            {
                limits.CertificateVerify = legacy;
            }
        });

        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = RejectAsync;
            AddBucket(options, RateLimitBuckets.Search, limits => limits.Search, _ => true);
            AddBucket(options, RateLimitBuckets.SignIn, limits => limits.SignIn, IsPost);
            AddBucket(options, RateLimitBuckets.Registration, limits => limits.Registration, IsPost);
            AddBucket(options, RateLimitBuckets.PasswordReset, limits => limits.PasswordReset, IsPost);
            AddBucket(options, RateLimitBuckets.Forms, limits => limits.Forms, IsPost);
            AddBucket(options, RateLimitBuckets.CertificateVerify, limits => limits.CertificateVerify, IsLookup);
        });
    }

    /// <summary>The client's address as the bucket key: IPv6 by its /64 prefix.</summary>
    public static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }

        return address.ToString();
    }

    private static void AddBucket(RateLimiterOptions options, string bucket, Func<RateLimitOptions, int> limit, Func<HttpContext, bool> counts) =>
        options.AddPolicy(bucket, context =>
        {
            if (!counts(context))
            {
                return RateLimitPartition.GetNoLimiter(string.Empty);
            }

            var permits = limit(context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value);
            return RateLimitPartition.GetFixedWindowLimiter(
                $"{bucket} {ClientKey(context.Connection.RemoteIpAddress)}",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, permits), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });

    private static bool IsPost(HttpContext context) => HttpMethods.IsPost(context.Request.Method);

    /// <summary>A verification with a code; opening the empty form is not counted.</summary>
    private static bool IsLookup(HttpContext context) =>
        context.Request.RouteValues.ContainsKey("code") || context.Request.Query.ContainsKey("code");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            var strings = context.RequestServices.GetRequiredService<IStringLocalizer<SiteStrings>>();
            await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: strings["Error.429.Title"], detail: strings["RateLimit.Detail", seconds])
                .ExecuteAsync(context);
        }

        // Pages get the localized 429 page from the status code pages, which re-execute /error/429.
    }
}
