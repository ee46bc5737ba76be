using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using TrainingSite.Testing;

namespace TrainingSite.FunctionalTests.Observability;

/// <summary>
/// Traces and metrics go over OTLP when, and only when, <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; the other OTEL_*
/// variables (protocol, service name) are the standard ones. A loopback receiver stands in for the collector.
/// </summary>
public sealed class OtlpExportTests(SqliteSiteFactory site) : IClassFixture<SqliteSiteFactory>
{
    [Fact]
    public async Task TracesAndMetrics_ShouldReachTheCollector_WhenTheEndpointIsSet()
    {
        using var collector = new FakeCollector();
        using var exporting = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", collector.Endpoint);
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
            builder.UseSetting("OTEL_SERVICE_NAME", "trainingsite-otlp-test");
        });
        using var client = exporting.CreateClient();

        using var response = await client.GetAsync("/courses");
        var tracesFlushed = exporting.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000);
        var metricsFlushed = exporting.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000);
        var received = collector.Received;

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(tracesFlushed && metricsFlushed);
        Assert.Contains(received, r => r.Path == "/v1/traces" && Encoding.UTF8.GetString(r.Body).Contains("/courses", StringComparison.Ordinal));
        var traces = received.First(r => r.Path == "/v1/traces" && Encoding.UTF8.GetString(r.Body).Contains("/courses", StringComparison.Ordinal));
        Assert.Contains("trainingsite-otlp-test", Encoding.UTF8.GetString(traces.Body), StringComparison.Ordinal);
        Assert.Contains(received, r => r.Path == "/v1/metrics" && Encoding.UTF8.GetString(r.Body).Contains("http.server.request.duration", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NothingIsExported_WhenTheEndpointIsNotSet()
    {
        // The signal-specific variables alone would lead any registered OTLP exporter to this receiver.
        using var collector = new FakeCollector();
        using var quiet = site.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", collector.Endpoint + "/v1/traces");
            builder.UseSetting("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", collector.Endpoint + "/v1/metrics");
            builder.UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        });
        using var client = quiet.CreateClient();

        using var response = await client.GetAsync("/courses");
        await Task.Delay(500);

        Assert.True(response.IsSuccessStatusCode);
        Assert.Null(quiet.Services.GetService<TracerProvider>());
        Assert.Null(quiet.Services.GetService<MeterProvider>());
        Assert.Empty(collector.Received);
    }
}
