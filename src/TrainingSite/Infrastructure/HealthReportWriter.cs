using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Infrastructure.Observability;

namespace TrainingSite.Infrastructure;

/// <summary>
/// Writes the health probes as JSON: the overall status, the running version (<see cref="RunningVersion"/>) and each check's status, description and data; for
/// /health/live and /health/ready also each check's duration and the total, in milliseconds (/health keeps its fields; version was added).
/// </summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report) => Write(context, report, durations: false);

    public static Task WriteWithDurationsAsync(HttpContext context, HealthReport report) => Write(context, report, durations: true);

    private static Task Write(HttpContext context, HealthReport report, bool durations)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        object body = durations
            ? new
            {
                status = report.Status.ToString(),
                version = RunningVersion.Current.Informational,
                durationMs = Milliseconds(report.TotalDuration),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), durationMs = Milliseconds(e.Value.Duration), description = e.Value.Description, data = e.Value.Data }),
            }
            : new
            {
                status = report.Status.ToString(),
                version = RunningVersion.Current.Informational,
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
            };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }

    private static double Milliseconds(TimeSpan duration) => Math.Round(duration.TotalMilliseconds, 1);
}
