using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using TrainingSite.Abstractions.Observability;

namespace TrainingSite.Infrastructure.Observability;

/// <summary>
/// Metrics, traces, structured logs and health probes. OpenTelemetry is set up only for what is asked: OTLP export of
/// traces and metrics when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the other standard OTEL_* variables are read by
/// the exporter), the Prometheus endpoint when <c>Metrics:Prometheus</c> is true; neither, and no listener costs a
/// request anything.
/// </summary>
public static class ObservabilityExtensions
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string DefaultServiceName = "TrainingSite";

    public static WebApplicationBuilder AddSiteObservability(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var metrics = MetricsOptions.Read(configuration);
        services.AddSingleton(metrics);
        services.AddMetrics();
        services.AddSingleton<SiteMetrics>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [HealthTags.Status, HealthTags.Ready]);
        builder.AddStructuredLogging();

        var otlp = !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);
        if (!otlp && !metrics.Prometheus)
        {
            return builder;
        }

        var serviceName = configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : DefaultServiceName;
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(meters =>
            {
                meters.AddMeter(SiteMetrics.MeterName)
                    .AddAspNetCoreInstrumentation() // Microsoft.AspNetCore.Hosting, Kestrel, routing, rate limiting ...
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (otlp)
                {
                    meters.AddOtlpExporter();
                }

                if (metrics.Prometheus)
                {
                    // No cached scrape: one or two scrapers a minute cost nothing, and a scrape shows the moment.
                    meters.AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0);
                }
            });
        if (otlp)
        {
            telemetry.WithTracing(traces => traces
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }

        return builder;
    }

    /// <summary>After the trusted proxies and status pages: a refused scrape is the site's ordinary 404.</summary>
    public static WebApplication UseMetricsAccess(this WebApplication app)
    {
        if (app.Services.GetRequiredService<MetricsOptions>().Prometheus)
        {
            app.UseMiddleware<MetricsAccess>();
        }

        return app;
    }

    public static WebApplication MapSiteObservability(this WebApplication app)
    {
        // Created now, not at the first event, so the search lag gauge is there from the first scrape.
        app.Services.GetRequiredService<SiteMetrics>();
        app.MapHealthEndpoints();
        if (app.Services.GetRequiredService<MetricsOptions>().Prometheus)
        {
            app.MapPrometheusScrapingEndpoint(MetricsAccess.Path).DisableRateLimiting();
        }

        return app;
    }

    /// <summary>Probes and scrapes are not traced: they would drown the requests people make.</summary>
    private static bool IsProbe(PathString path) => path.StartsWithSegments("/health") || path.StartsWithSegments(MetricsAccess.Path);
}
