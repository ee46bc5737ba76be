using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using TrainingSite.Abstractions.Observability;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>
/// Three probes, GET or HEAD, never rate-limited. <c>/health</c> as it always was (database and search state);
/// <c>/health/live</c> only says the process answers (no check runs, so a slow database never restarts a node);
/// <c>/health/ready</c> runs every check tagged <see cref="HealthTags.Ready"/> and answers 503 unless all are healthy.
/// </summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        Map(app, "/health", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Status),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        Map(app, "/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthReportWriter.WriteWithDurationsAsync,
        });
        Map(app, "/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready),
            ResponseWriter = HealthReportWriter.WriteWithDurationsAsync,
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        return app;
    }

    private static void Map(WebApplication app, string path, HealthCheckOptions options) =>
        app.MapHealthChecks(path, options)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .DisableRateLimiting();
}
