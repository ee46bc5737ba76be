using Microsoft.Extensions.Logging.Console;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>
/// <c>Logging:Json=true</c> writes the console log as one JSON object per line, with the scopes, so every entry
/// written during a request carries that request's TraceId and SpanId (the W3C trace id the 500 page shows, and the
/// one OTLP traces carry). Off, the console log stays ASP.NET Core's plain text.
/// </summary>
public static class StructuredLogging
{
    public const string Setting = "Logging:Json";

    public static WebApplicationBuilder AddStructuredLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(options =>
            options.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (builder.Configuration.GetValue<bool>(Setting))
        {
            builder.Logging.AddJsonConsole(options =>
            {
                options.IncludeScopes = true;
                options.UseUtcTimestamp = true;
                options.TimestampFormat = "O";
            });
        }

        return builder;
    }

    /// <summary>The id a user can quote: the request's W3C trace id, as the log entries carry it.</summary>
    public static string TraceId(HttpContext context) =>
        System.Diagnostics.Activity.Current?.TraceId.ToHexString() ?? context.TraceIdentifier;
}
